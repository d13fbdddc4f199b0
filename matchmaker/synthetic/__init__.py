"""A fictional bio-industry ecosystem for demos, load tests and matching evaluations.

Real partner data cannot be shipped, so :func:`generate` invents one that is clearly marked as
fictional (``syn-`` ids, ``source: synthetic``) but behaves like the real thing for matching.
"""

from matchmaker.synthetic.generator import count_estimate, generate

__all__ = ["count_estimate", "generate"]
