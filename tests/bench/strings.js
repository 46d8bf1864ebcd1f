// Strings (strings.py in JavaScript).
var N = 2000; // duk: 150

function startsWith(s, p) {
  return s.substring(0, p.length) === p;
}

function endsWith(s, p) {
  return s.length >= p.length && s.substring(s.length - p.length) === p;
}

function count(s, sub) {
  return s.split(sub).length - 1;
}

function replaceAll(s, a, b) {
  return s.split(a).join(b);
}

function stripChar(s, c) {
  var i = 0;
  var j = s.length;
  while (i < j && s.charAt(i) === c) i++;
  while (j > i && s.charAt(j - 1) === c) j--;
  return s.substring(i, j);
}

function build(n) {
  var parts = [];
  for (var i = 0; i < n; i++) parts.push("item" + String(i));
  return parts.join(",");
}

function scan(words) {
  var score = 0;
  for (var k = 0; k < words.length; k++) {
    var w = words[k];
    if (startsWith(w, "item1")) score += 1;
    if (endsWith(w, "7")) score += 2;
    score += w.indexOf("3");
    score += w.substring(2, w.length - 1).length;
  }
  return score;
}

function concat(n) {
  var acc = "";
  for (var i = 0; i < n; i++) acc += String.fromCharCode(97 + (i % 26));
  return acc;
}

function rounds(n, reps) {
  var total = 0;
  for (var r = 0; r < reps; r++) {
    var s = build(n);
    var words = s.split(",");
    total += words.length;
    total += scan(words);
    var up = s.toUpperCase();
    total += count(up, "ITEM1");
    total += replaceAll(s, "item", "x").length;
    var acc = concat(n);
    total += count(acc, "abc") + acc.indexOf("zab") + acc.lastIndexOf("xyz");
    total += stripChar(acc, "a").length + (acc.toLowerCase() === acc ? 1 : 0);
  }
  return total;
}

print("strings " + rounds(N, 8));
