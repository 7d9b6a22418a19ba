"""The production gunicorn configuration that tqcheck ships.

    gunicorn -c python:tqcheck.web.gunicorn_conf tqcheck.web.wsgi:app

Every value can be overridden on the command line (``--bind``,
``--workers``…) or through ``GUNICORN_CMD_ARGS``. The reasons behind each
choice are in SECURITY.md; in short:

* ``worker_class``: gevent-based, so that slow clients cost a greenlet, not
  a worker (see ``tqcheck.web.worker``);
* ``keepalive``: gunicorn's gevent worker allows this many seconds for a
  whole request head, so it is also the slow-header (slowloris) deadline;
* ``timeout``: a worker silent for this long is restarted. Every request's
  work is bounded well below it (text size, list sizes, TER cost), so a
  restart means a bug;
* ``limit_request_*``: request lines and headers that no client of this API
  needs are refused before any work (414/431);
* ``worker_connections``: open connections per worker, slow ones included;
* ``max_requests``: 0, no recycling. Every cache a worker keeps is bounded
  by bytes (checkers, word lists), so nothing grows without limit, and a
  recycled worker would pay its start-up (rules, dictionaries, lexicon) again.
  Set it if your platform wants periodic restarts anyway.
"""

import multiprocessing
import os

bind = os.environ.get("TQCHECK_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("TQCHECK_WORKERS", "0")) or multiprocessing.cpu_count()
worker_class = "tqcheck.web.worker.SlowClientSafeWorker"
worker_connections = 1000
keepalive = 5
timeout = 30
graceful_timeout = 20
limit_request_line = 8190
limit_request_fields = 50
limit_request_field_size = 8190
max_requests = 0
# The checker's resources are loaded in each worker after the fork (the
# app is built per worker), so preloading would only share the import.
preload_app = False
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("TQCHECK_LOG_LEVEL", "info")
