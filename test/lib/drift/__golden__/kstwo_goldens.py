# kstwo.sf(d, n) at points that reach each of scipy's methods (Ruben-Gambino, Durbin's
# matrix, Pomeranz, Pelz-Good, 2*smirnov, the n > 1e6 approximation).
# Run: python3 test/lib/drift/__golden__/kstwo_goldens.py
import json
from scipy import stats
points = []
for n in [1, 2, 5, 20, 140, 141, 1000, 99999, 100001, 500000, 1000000, 1000001, 3000000]:
    ds = sorted({0.4 / n, 0.7 / n, 1 / n, min(0.999, (n - 1) / n + 0.3 / n), 0.5, 0.75,
                 *(min(0.99, (z / n) ** 0.5) for z in (0.1, 0.5, 0.754, 0.76, 2.0, 2.19, 2.21, 3.9, 4.1, 8.0, 18.0, 40.0, 369.0)),
                 min(0.99, (1.39 / n) ** (2 / 3)), min(0.99, (1.41 / n) ** (2 / 3))})
    points += [[d, n, float(stats.kstwo.sf(d, n))] for d in ds]
print(json.dumps(points))
