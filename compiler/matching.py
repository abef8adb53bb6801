"""One-to-one assignment: the largest total weight over a sparse bipartite graph.

Comparison tables pair each provision of one document with at most one of the other, choosing
the pairs whose weights sum highest — not greedily, best pair first, which lets one strong
pair block two slightly weaker ones.  Solved exactly as a min-cost flow by successive shortest
augmenting paths (Bellman–Ford queue, so negative costs need no potentials); the graph is the
candidate pairs only, so the cost grows with the pairs, not with the product of the sizes.
Weights are integers, so results never depend on floating-point rounding; ties go to the
lower indices.
"""
from __future__ import annotations

from collections import deque


def max_weight_matching(edges: dict[tuple[int, int], int]) -> list[tuple[int, int]]:
    """The pairs ``(left, right)`` of a matching with the largest sum of ``edges`` weights (all > 0).

    Each connected part of the graph is solved on its own (a matching is the union of theirs)."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def root(x: tuple[str, int]) -> tuple[str, int]:
        while parent.setdefault(x, x) != x:
            parent[x] = x = parent[parent[x]]
        return x
    for i, j in edges:
        parent[root(("l", i))] = root(("r", j))
    parts: dict[tuple[str, int], dict[tuple[int, int], int]] = {}
    for (i, j), weight in edges.items():
        parts.setdefault(root(("l", i)), {})[i, j] = weight
    return sorted(pair for part in parts.values() for pair in _solve(part))


def _solve(edges: dict[tuple[int, int], int]) -> list[tuple[int, int]]:
    """``max_weight_matching`` of one connected graph."""
    if len(edges) == 1:
        return list(edges)
    lefts = sorted({i for i, _ in edges})
    rights = sorted({j for _, j in edges})
    left_at = {i: k for k, i in enumerate(lefts)}
    right_at = {j: len(lefts) + k for k, j in enumerate(rights)}
    source, sink = len(lefts) + len(rights), len(lefts) + len(rights) + 1
    graph: list[list[list[int]]] = [[] for _ in range(sink + 1)]  # [to, capacity, cost, reverse index]

    def add(u: int, v: int, cost: int) -> None:
        graph[u].append([v, 1, cost, len(graph[v])])
        graph[v].append([u, 0, -cost, len(graph[u]) - 1])
    for k in range(len(lefts)):
        add(source, k, 0)
    for (i, j), weight in sorted(edges.items()):
        add(left_at[i], right_at[j], -weight)
    for j in rights:
        add(right_at[j], sink, 0)
    while _augment(graph, source, sink):
        pass
    pairs = []
    for k, i in enumerate(lefts):
        for to, capacity, cost, _ in graph[k]:
            if to < source and to >= len(lefts) and capacity == 0 and cost < 0:
                pairs.append((i, rights[to - len(lefts)]))
    return pairs


def _augment(graph: list[list[list[int]]], source: int, sink: int) -> bool:
    """Push one unit along the cheapest path if it has negative cost (a gain); False when none does."""
    inf = float("inf")
    dist = [inf] * len(graph)
    back: list[tuple[int, int] | None] = [None] * len(graph)
    queued = [False] * len(graph)
    dist[source] = 0
    queue = deque([source])
    while queue:
        u = queue.popleft()
        queued[u] = False
        for k, (v, capacity, cost, _) in enumerate(graph[u]):
            if capacity and dist[u] + cost < dist[v]:
                dist[v], back[v] = dist[u] + cost, (u, k)
                if not queued[v]:
                    queued[v] = True
                    queue.append(v)
    if dist[sink] >= 0:
        return False
    v = sink
    while v != source:
        u, k = back[v]
        edge = graph[u][k]
        edge[1] -= 1
        graph[v][edge[3]][1] += 1
        v = u
    return True
