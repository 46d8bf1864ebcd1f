// Recursive calls: naive Fibonacci and the Takeuchi function (fib.py in JavaScript).
var N = 26; // duk: 18

function fib(n) {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}

function tak(x, y, z) {
  if (y < x) return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y));
  return z;
}

print("fib " + fib(N) + " tak " + tak(Math.floor(N / 2), Math.floor(N / 3), Math.floor(N / 6)));
