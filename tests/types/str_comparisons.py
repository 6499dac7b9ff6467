words = ["apple", "Apple", "APPLE", "banana", "", " ", "a", "aa", "ab", "B", "é", "z", "Z", "0", "10", "9", "😀", "\x00"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, reverse=True))
print(max(words), min(words), "abc" < "abd" < "abe", "a" < "b" > "a")
print(["10", "9", "100"] < ["10", "9"], sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int))
