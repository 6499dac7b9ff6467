for spec in ["", "10", "<10", ">10", "^10", "*^10", "-<5", ".2", "10.3", "^9.1", "0>5", "s"]:
    print(repr(spec), repr(format("hello", spec)))
for bad in ["d", "=10", "+", ",", "#"]:
    try:
        format("s", bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
print(format("é", "^5"), format("😀", "*>3"), format("", "x^3"))
print("{:^11}|{:>5.2}|{:<3}|".format("centered", "truncated", "abcd"))
