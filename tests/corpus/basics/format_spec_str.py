# format specifications applied to strings
s = "abc"
print(f"[{s:6}] [{s:<6}] [{s:>6}] [{s:^6}]")
print(f"[{s:.2}] [{s:6.1}]")
print(f"[{s:*^7}] [{s:0>5}]")
print(f"[{'':3}]")
w = 8
print(f"[{s:>{w}}] [{s:^{w - 2}}]")
print("[{:{}}]".format(s, 5))
print("[%-6s][%6s]" % (s, s))
