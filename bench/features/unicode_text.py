s = 0
text = "Größe naïve café 東京 Ελληνικά " * 200
for r in range(800):
    s += len(text.upper()) + text.count("é") + len(text.split()) + len(text.encode("utf-8"))
    s += sum(ord(c) for c in text[:500]) + len(text[::-3])
    s += text.find("東京", 100)
print("checksum:", s)
