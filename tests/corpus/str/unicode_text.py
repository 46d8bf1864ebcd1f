# str methods on non-ASCII text: lengths, searching and splitting count characters
s = "naïve café — 日本語 text"
print(s, len(s))
print(s.find("café"), s.find("日本"), s.rfind("e"), s.index("—"), s.count("é"))
print("|".join(s.split()), "|".join(s.split("—")), "|".join(s.partition(" — ")))
print(s.replace("café", "bar"), s.startswith("naï"), s.endswith("text"))
print(s.find("e", 8), s.find("語", 0, 16), s.find("語", 0, 17))
print("[" + "  ünï  ".strip() + "]", "ééxéé".strip("é"), "-".join(["α", "β", "γ"]))
print(s[6:10], s[-4:], s[13], ord(s[13]))
print("→".join("abc"), len("→".join("abc")))
print("日本語".encode(), len("日本語".encode()), "x😀y".find("y"), len("x😀y"))
