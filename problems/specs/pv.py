import json, math, sys

# Pressure-vessel design: x = [shell thickness, head thickness, radius, length]; cost and four constraints g <= 0.
for line in sys.stdin:
    request = json.loads(line)
    ts, th, r, l = request["x"]
    cost = 0.6224 * ts * r * l + 1.7781 * th * r * r + 3.1661 * ts * ts * l + 19.84 * ts * ts * r
    g = [0.0193 * r - ts, 0.00954 * r - th, 1296000 - math.pi * r * r * l - 4 / 3 * math.pi * r ** 3, l - 240]
    print(json.dumps({"id": request["id"], "f": [cost], "g": g}), flush=True)
