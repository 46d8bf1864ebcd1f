// Generators (generators.py in JavaScript): ES5 has no generators, so each one is an iterator
// object whose next() returns the next value or DONE.
var N = 60000; // duk: 2000

var DONE = {};

function countUp(n) {
  var i = 0;
  return {
    next: function () {
      if (i < n) return i++;
      return DONE;
    },
  };
}

function rangeIter(n) {
  return countUp(n);
}

function evens(it) {
  return {
    next: function () {
      for (;;) {
        var x = it.next();
        if (x === DONE) return DONE;
        if (x % 2 === 0) return x;
      }
    },
  };
}

function squaresMod(it, m) {
  return {
    next: function () {
      var x = it.next();
      if (x === DONE) return DONE;
      return (x * x) % m;
    },
  };
}

function chain(a, b) {
  var first = true;
  return {
    next: function () {
      if (first) {
        var x = a.next();
        if (x !== DONE) return x;
        first = false;
      }
      return b.next();
    },
  };
}

function pairs(n) {
  var i = 0;
  return {
    next: function () {
      if (i < n) {
        var p = [i, i * 3];
        i++;
        return p;
      }
      return DONE;
    },
  };
}

function run(n) {
  var total = 0;
  var v;
  var it = squaresMod(evens(countUp(n)), 1009);
  while ((v = it.next()) !== DONE) total += v;
  var s = 0;
  var r = rangeIter(n);
  while ((v = r.next()) !== DONE) if (v % 5) s += (v * 3) & 255;
  total += s;
  var half = Math.floor(n / 2);
  var c = chain(countUp(half), rangeIter(half));
  while ((v = c.next()) !== DONE) total += v & 15;
  var p = pairs(half);
  while ((v = p.next()) !== DONE) total += (v[0] ^ v[1]) & 7;
  var g = countUp(n);
  total += g.next() + g.next();
  return total;
}

print("generators " + run(N));
