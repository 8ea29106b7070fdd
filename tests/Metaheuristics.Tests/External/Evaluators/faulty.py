"""A test evaluator: (x0 - 0.3)^2 + (x1 - 0.3)^2, misbehaving on purpose when x0 > THRESHOLD.

Usage: faulty.py MODE [THRESHOLD], MODE one of
  ok       never misbehaves
  crash    writes to stderr and exits with code 3
  hang     sleeps forever
  garbage  writes a line that is not JSON
  count    answers with two objective values instead of one
  error    answers {"id": .., "error": ..}
  reorder  answers every request (well) but in reverse order of each burst it reads
"""
import json, os, select, sys, time

mode = sys.argv[1]
threshold = float(sys.argv[2]) if len(sys.argv) > 2 else 0.8


def answer(request):
    x = request["x"]
    bad = x[0] > threshold
    if bad and mode == "crash":
        print(f"boom: x0 = {x[0]} is too large", file=sys.stderr, flush=True)
        sys.exit(3)
    if bad and mode == "hang":
        time.sleep(3600)
    if bad and mode == "garbage":
        return "this is not json"
    if bad and mode == "error":
        return json.dumps({"id": request["id"], "error": "x0 out of range"})
    f = (x[0] - 0.3) * (x[0] - 0.3) + (x[1] - 0.3) * (x[1] - 0.3)
    if bad and mode == "count":
        return json.dumps({"id": request["id"], "f": [f, f]})
    return json.dumps({"id": request["id"], "f": [f]})


pending = b""
while True:
    chunk = os.read(0, 65536)
    if not chunk:
        break
    pending += chunk
    if mode == "reorder":
        # Gather the whole burst the engine sent, then answer it backwards.
        while select.select([0], [], [], 0.005)[0]:
            more = os.read(0, 65536)
            if not more:
                break
            pending += more
    *lines, pending = pending.split(b"\n")
    requests = [json.loads(line) for line in lines if line.strip()]
    if mode == "reorder":
        requests.reverse()
    for request in requests:
        # One flush per answer, as a sequential evaluator does, so answers never wait behind a crash or a hang.
        sys.stdout.write(answer(request) + "\n")
        sys.stdout.flush()
