s = "0123456789"
print(s[3], s[-3], s[3:], s[:3], s[3:7], s[-7:-3], s[::2], s[1::2], s[::-1], s[::-2], s[7:3:-1], s[-1:-11:-3])
print(repr(s[5:5]), repr(s[9:1]), repr(s[20:]), s[-20:3], s[:100], s[::11], s[::-11])
for start in (None, -12, -3, 0, 4, 12):
    for stop in (None, -12, -3, 0, 4, 12):
        print(start, stop, repr(s[start:stop]), repr(s[start:stop:-1]), repr(s[start:stop:3]))
