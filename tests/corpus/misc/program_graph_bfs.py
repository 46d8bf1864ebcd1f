# breadth-first search for shortest paths in an unweighted graph
graph = {
    "a": ["b", "c"],
    "b": ["d"],
    "c": ["d", "e"],
    "d": ["f"],
    "e": ["f"],
    "f": [],
    "g": ["a"],
}
def shortest_path(start, goal):
    queue = [[start]]
    seen = {start}
    while queue:
        path = queue.pop(0)
        node = path[-1]
        if node == goal:
            return path
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(path + [nxt])
    return None
print(shortest_path("a", "f"))
print(shortest_path("g", "e"))
print(shortest_path("f", "a"))
def reachable(start):
    out, stack = set(), [start]
    while stack:
        n = stack.pop()
        if n not in out:
            out.add(n)
            stack.extend(graph[n])
    return sorted(out)
print(reachable("c"), reachable("g"))
