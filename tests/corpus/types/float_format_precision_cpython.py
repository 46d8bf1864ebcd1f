# long precisions: past the exact digits of a double every digit is 0 (and fast to make)
vals = [1.5, 0.1, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1/3, 123456.789, 2**-1074 * 3, 1e-320]
out = []
for v in vals:
    for spec in ('.1100f', '.1500f', '.760e', '.800e', '.1200e', '.770g', '.1000g', '#.900g'):
        out.append(format(v, spec))
    out.append('%.2000f' % v)
    out.append('%.900e' % v)
h = 0
for s in out:
    for c in s:
        h = (h * 31 + ord(c)) % 1000000007
print(len(out), sum(len(s) for s in out), h)
del out
print(len('%.10000f' % 1.5))
print(('%.10000e' % 0.1)[-8:])
print(('%.3000g' % 0.1)[:25])
