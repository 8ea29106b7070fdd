import json, math, sys

# A stand-in for training a network: validation error falls with depth and width and is best near lr = 3e-3;
# the size grows with them. Replace the two formulas with a real training run.
for line in sys.stdin:
    request = json.loads(line)
    p = request["params"]
    width = int(p["width"])
    lr_penalty = (math.log10(p["learningRate"]) + 2.5) ** 2
    bonus = {"relu": 0.0, "tanh": 0.02, "gelu": -0.01}[p["activation"]]
    error = 0.05 + 0.5 / (p["layers"] * math.sqrt(width)) + 0.03 * lr_penalty + bonus
    size = p["layers"] * width * width
    print(json.dumps({"id": request["id"], "f": [error, size]}), flush=True)
