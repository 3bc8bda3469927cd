"""QuTiP side of benchmarks/fock-qutip.sh: sesolve on the Hamiltonian written by FockEvolveBench.

Usage: qutip_evolve.py DIR T TOLERANCE ROUNDS
Reads DIR/csr.txt (a line "n nnz", n+1 row pointers, nnz lines "column value") and DIR/psi0.txt
("re im" per line), runs qutip.sesolve from 0 to T with atol = rtol = TOLERANCE (one warm-up, then
the best of ROUNDS), compares the final state with DIR/psi_wick.txt, and prints one line
"ms=... diff=... norm=... qutip=VERSION".
"""
import sys
import time

import numpy as np
import scipy.sparse as sp
import qutip


def read_csr(path):
    with open(path) as f:
        n, nnz = (int(x) for x in f.readline().split())
        indptr = np.array([int(f.readline()) for _ in range(n + 1)], dtype=np.int32)
        data = np.loadtxt(f, ndmin=2)
    cols = data[:, 0].astype(np.int32)
    vals = data[:, 1]
    assert len(vals) == nnz
    return sp.csr_matrix((vals.astype(complex), cols, indptr), shape=(n, n))


def read_state(path):
    a = np.loadtxt(path, ndmin=2)
    return a[:, 0] + 1j * a[:, 1]


def main():
    d, t, tol, rounds = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
    h = qutip.Qobj(read_csr(d + "/csr.txt"))
    psi0 = qutip.Qobj(read_state(d + "/psi0.txt").reshape(-1, 1))
    opts = qutip.Options(atol=tol, rtol=tol, nsteps=10**7)
    tlist = [0.0, t]
    qutip.sesolve(h, psi0, tlist, e_ops=[], options=opts)  # warm-up
    best = float("inf")
    final = None
    for _ in range(rounds):
        t0 = time.perf_counter()
        res = qutip.sesolve(h, psi0, tlist, e_ops=[], options=opts)
        best = min(best, time.perf_counter() - t0)
        final = res.states[-1].full().ravel()
    wick = read_state(d + "/psi_wick.txt")
    print("ms=%.3f diff=%.3e norm=%.15f qutip=%s" % (best * 1e3, np.linalg.norm(final - wick), np.linalg.norm(final),
                                                     qutip.__version__))


if __name__ == "__main__":
    main()
