// List indexing in loops: a sieve of Eratosthenes (sieve.py in JavaScript).
var N = 120000; // duk: 3000

function sieve(n) {
  var flags = [];
  for (var k = 0; k <= n; k++) flags.push(true);
  flags[0] = false;
  flags[1] = false;
  var i = 2;
  while (i * i <= n) {
    if (flags[i]) {
      for (var j = i * i; j < n + 1; j += i) flags[j] = false;
    }
    i += 1;
  }
  return flags;
}

function run(n) {
  var total = 0;
  for (var r = 0; r < 3; r++) {
    var flags = sieve(n);
    var primes = [];
    for (var i = 0; i < n + 1; i++) if (flags[i]) primes.push(i);
    total += primes.length;
    var s = 0;
    for (var k = 0; k < primes.length; k++) {
      var p = primes[k];
      s = (s + p * (p & 15)) % 1000003;
    }
    total += s;
  }
  return total;
}

print("sieve " + run(N));
