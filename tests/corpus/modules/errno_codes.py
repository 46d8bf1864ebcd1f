# errno: the numbers MicroPython defines, and errorcode
import errno

names = ['EPERM', 'ENOENT', 'EIO', 'EBADF', 'EAGAIN', 'ENOMEM', 'EACCES', 'EEXIST', 'ENODEV', 'EISDIR', 'EINVAL',
         'EOPNOTSUPP', 'EADDRINUSE', 'ECONNABORTED', 'ECONNRESET', 'ENOBUFS', 'ENOTCONN', 'ETIMEDOUT', 'ECONNREFUSED',
         'EHOSTUNREACH', 'EALREADY', 'EINPROGRESS']
for n in names:
    v = getattr(errno, n)
    print(n, v, errno.errorcode[v] if n != 'EOPNOTSUPP' else '')  # CPython names 95 ENOTSUP
e = OSError(errno.ENOENT, 'no such file')
print(e.args[0] == errno.ENOENT, e.errno == errno.ENOENT)
try:
    raise OSError(errno.EINVAL)
except OSError as x:
    print(x.args[0], errno.errorcode[x.args[0]])
