// Closures (closures.py in JavaScript).
var N = 150000; // duk: 2500

function makeCounter(start) {
  var n = start;
  return function (k) {
    n += k;
    return n;
  };
}

function makeAdder(a) {
  return function (x) {
    return x + a;
  };
}

function compose(f, g) {
  return function (x) {
    return f(g(x));
  };
}

function applyN(f, n, x) {
  for (var i = 0; i < n; i++) x = f(x);
  return x;
}

function run(n) {
  var total = 0;
  var i;
  var counter = makeCounter(0);
  for (i = 0; i < n; i++) total += counter(i & 7) & 1023;
  var adders = [];
  for (var k = 0; k < 10; k++) adders.push(makeAdder(k));
  for (i = 0; i < n; i++) total += adders[i % 10](i) & 1023;
  var doubleThenInc = compose(makeAdder(1), function (x) {
    return (x * 2) & 65535;
  });
  total += applyN(doubleThenInc, n, 3);
  for (i = 0; i < Math.floor(n / 10); i++) {
    var c = makeCounter(i);
    c(1);
    total += c(2);
  }
  return total;
}

print("closures " + run(N));
