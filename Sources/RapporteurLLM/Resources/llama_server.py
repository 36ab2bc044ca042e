"""Rapporteur's launcher for llama.cpp's server through xllamacpp (it has no command-line entry point).

Usage: python llama_server.py MODEL.gguf PORT CONTEXT_TOKENS [THREADS]
Serves /health, /v1/models and /v1/chat/completions on 127.0.0.1:PORT until SIGTERM or SIGINT.
"""
import signal
import sys

import xllamacpp as xlc


def main() -> None:
    model, port, n_ctx = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    threads = int(sys.argv[4]) if len(sys.argv) > 4 else 2
    p = xlc.CommonParams()
    p.model.path = model
    p.hostnames = ["127.0.0.1"]
    p.port = port
    p.n_ctx = n_ctx
    p.n_batch = 2048
    p.n_ubatch = 512
    p.n_parallel = 1
    p.cpuparams.n_threads = threads
    p.cpuparams_batch.n_threads = threads
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM, signal.SIGINT})
    server = xlc.Server(p)
    print("listening", server.listening_address, flush=True)
    signal.sigwait({signal.SIGTERM, signal.SIGINT})


if __name__ == "__main__":
    main()
