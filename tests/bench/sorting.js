// Sorting (sorting.py in JavaScript): Array.prototype.sort with comparators, and a merge sort.
var N = 5000; // duk: 250

function numbers(seed, n) {
  var out = [];
  var x = seed;
  for (var i = 0; i < n; i++) {
    x = (x * 75 + 74) % 65537;
    out.push(x);
  }
  return out;
}

function mergeSort(a) {
  if (a.length <= 1) return a;
  var mid = Math.floor(a.length / 2);
  var left = mergeSort(a.slice(0, mid));
  var right = mergeSort(a.slice(mid));
  var out = [];
  var i = 0;
  var j = 0;
  while (i < left.length && j < right.length) {
    if (left[i] <= right[j]) out.push(left[i++]);
    else out.push(right[j++]);
  }
  while (i < left.length) out.push(left[i++]);
  while (j < right.length) out.push(right[j++]);
  return out;
}

function checksum(lst) {
  var s = 0;
  for (var i = 0; i < lst.length; i++) s = (s * 31 + lst[i]) % 1000003;
  return s;
}

function ascending(a, b) {
  return a - b;
}

function keyed(v) {
  return (v * 13) % 65537;
}

function run(n) {
  var total = 0;
  var i;
  var a = numbers(1, n);
  var b = a.slice().sort(ascending);
  total += checksum(b);
  a.sort(function (x, y) {
    return y - x;
  });
  total += checksum(a);
  var c = numbers(7, n);
  var decorated = [];
  for (i = 0; i < c.length; i++) decorated.push([keyed(c[i]), c[i]]);
  decorated.sort(function (x, y) {
    return x[0] - y[0];
  });
  var keys = [];
  for (i = 0; i < decorated.length; i++) keys.push(keyed(decorated[i][1]));
  total += checksum(keys);
  var src = numbers(3, n);
  var pairs = [];
  for (i = 0; i < src.length; i++) pairs.push([src[i] % 100, src[i]]);
  pairs.sort(function (x, y) {
    return x[0] !== y[0] ? x[0] - y[0] : x[1] - y[1];
  });
  var seconds = [];
  for (i = 0; i < pairs.length; i++) seconds.push(pairs[i][1]);
  total += checksum(seconds);
  var ws = numbers(5, Math.floor(n / 2));
  var words = [];
  for (i = 0; i < ws.length; i++) words.push("w" + String(ws[i]));
  words.sort();
  var lens = [];
  for (i = 0; i < words.length; i++) lens.push(words[i].length);
  total += checksum(lens) + words[0].length + words[words.length - 1].length;
  total += checksum(mergeSort(numbers(11, n)));
  return total;
}

print("sorting " + run(N));
