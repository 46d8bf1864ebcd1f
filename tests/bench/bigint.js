// Big ints (bigint.py in JavaScript): ES5 has no BigInt, so numbers are arrays of base-10^7
// limbs, least significant first, with schoolbook multiplication and square-and-multiply powers.
var N = 1000; // duk: 300

var BASE = 10000000;

function big(n) {
  var a = [];
  do {
    a.push(n % BASE);
    n = Math.floor(n / BASE);
  } while (n > 0);
  return a;
}

function trim(a) {
  while (a.length > 1 && a[a.length - 1] === 0) a.pop();
  return a;
}

function mulSmall(a, m) {
  var out = [];
  var carry = 0;
  for (var i = 0; i < a.length; i++) {
    var t = a[i] * m + carry;
    out.push(t % BASE);
    carry = Math.floor(t / BASE);
  }
  while (carry > 0) {
    out.push(carry % BASE);
    carry = Math.floor(carry / BASE);
  }
  return out;
}

function add(a, b) {
  var out = [];
  var carry = 0;
  var n = Math.max(a.length, b.length);
  for (var i = 0; i < n; i++) {
    var t = (i < a.length ? a[i] : 0) + (i < b.length ? b[i] : 0) + carry;
    if (t >= BASE) {
      out.push(t - BASE);
      carry = 1;
    } else {
      out.push(t);
      carry = 0;
    }
  }
  if (carry) out.push(carry);
  return out;
}

function mul(a, b) {
  var out = [];
  var i, j;
  for (i = 0; i < a.length + b.length; i++) out.push(0);
  for (i = 0; i < a.length; i++) {
    var carry = 0;
    var ai = a[i];
    for (j = 0; j < b.length; j++) {
      var t = out[i + j] + ai * b[j] + carry;
      out[i + j] = t % BASE;
      carry = Math.floor(t / BASE);
    }
    var k = i + b.length;
    while (carry > 0) {
      var u = out[k] + carry;
      out[k] = u % BASE;
      carry = Math.floor(u / BASE);
      k++;
    }
  }
  return trim(out);
}

function pow(base, e) {
  var result = big(1);
  var b = big(base);
  while (e > 0) {
    if (e & 1) result = mul(result, b);
    e >>= 1;
    if (e > 0) b = mul(b, b);
  }
  return result;
}

function modSmall(a, m) {
  var r = 0;
  for (var i = a.length - 1; i >= 0; i--) r = (r * BASE + a[i]) % m;
  return r;
}

function toStr(a) {
  var s = String(a[a.length - 1]);
  for (var i = a.length - 2; i >= 0; i--) {
    var d = String(a[i]);
    while (d.length < 7) d = "0" + d;
    s += d;
  }
  return s;
}

function digitSum(a) {
  var s = 0;
  var t = toStr(a);
  for (var i = 0; i < t.length; i++) s += t.charCodeAt(i) - 48;
  return s;
}

function factorial(n) {
  var f = big(1);
  for (var i = 2; i <= n; i++) f = mulSmall(f, i);
  return f;
}

function bigFib(n) {
  var a = big(0);
  var b = big(1);
  for (var i = 0; i < n; i++) {
    var t = add(a, b);
    a = b;
    b = t;
  }
  return a;
}

var f = factorial(N);
var p = pow(7, N);
var q = add(mul(p, p), f);
var g = bigFib(N * 4);
print(
  "bigint " + digitSum(f) + " " + digitSum(p) + " " + digitSum(q) + " " + toStr(g).length + " " +
    modSmall(f, 1000003) + " " + modSmall(g, 65521)
);
