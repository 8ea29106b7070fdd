import json, sys

# The cheapest possible evaluator: it measures the protocol, not the objective.
for line in sys.stdin:
    request = json.loads(line)
    print(json.dumps({"id": request["id"], "f": [request["x"][0]]}), flush=True)
