// Loops over small ints (loops.py in JavaScript).
var N = 320; // duk: 36

function grid(n) {
  var total = 0;
  for (var i = 0; i < n; i++) {
    for (var j = 0; j < n; j++) {
      total += ((i * j) % 7) ^ ((i + j) & 15);
    }
  }
  return total;
}

function counting(n) {
  var k = 0;
  var hits = 0;
  while (k < n) {
    if (k % 3 === 0 || k % 5 === 0) hits += k & 255;
    else if (k & 1) hits -= 1;
    k += 1;
  }
  return hits;
}

function collatzSteps(limit) {
  var best = 0;
  for (var start = 1; start < limit; start++) {
    var x = start;
    var steps = 0;
    while (x !== 1) {
      if (x & 1) x = 3 * x + 1;
      else x >>= 1;
      steps += 1;
    }
    if (steps > best) best = steps;
  }
  return best;
}

print("loops " + grid(N) + " " + counting(N * N) + " " + collatzSteps(N * 8));
