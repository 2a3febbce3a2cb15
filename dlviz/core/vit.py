"""A tiny Vision Transformer for the 28×28 digits (arch id ``"vit"``), built from
``nn.MultiheadAttention`` so :func:`dlviz.core.attention.trace` can replay every block.

The digit is cut into non-overlapping ``patch``×``patch`` squares (7 → a 4×4 grid of 16
patches, 4 → a 7×7 grid of 49), read row by row; each patch's pixels (row-major) go through
one linear layer (the patch embedding). A learned class token is put in front and learned
position embeddings are added, so the sequence has ``T = 1 + patches`` tokens of ``dim``
values. Then ``depth`` pre-norm encoder blocks::

    x = x + MHA(LN1(x))          (self-attention, ``heads`` heads, optional attn_mask)
    x = x + MLP(LN2(x))          (Linear dim→mlp, GELU, Linear mlp→dim)

and a final LayerNorm; the class token's vector goes through a linear layer to the 10 scores.
The input is the MNIST-normalised batch (N, 1, 28, 28), as for every classifier here.
"""

from __future__ import annotations

import torch
from torch import nn

from dlviz.core.messages import CoreError, N_

PATCH_SIZES = (4, 7)
DEPTHS = (1, 4)  # the range of encoder blocks
HEADS = (1, 4)  # the range of attention heads
DIMS = (8, 256)  # the range of the embedding width
IMAGE = 28


def vit_default_config() -> dict:
    """The shipped ViT's shape (assets/README.md)."""
    return {"arch": "vit", "patch": 7, "dim": 64, "depth": 4, "heads": 4, "mlp": 128, "dropout": 0.0}


def _check_range(name: str, value, lo: int, hi: int) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or int(value) != value or not lo <= value <= hi:
        raise CoreError(N_("must be between {minimum} and {maximum}, got {value}"), field=name,
                        minimum=lo, maximum=hi, value=value if isinstance(value, (int, float)) else repr(value))
    return int(value)


def patchify(x: torch.Tensor, patch: int) -> torch.Tensor:
    """(N, 1, 28, 28) or (N, 28, 28) → (N, P, patch·patch): the patches row by row, each
    patch's pixels row-major."""
    if x.dim() == 4:
        x = x[:, 0]
    n, g = x.shape[0], IMAGE // patch
    return x.reshape(n, g, patch, g, patch).permute(0, 1, 3, 2, 4).reshape(n, g * g, patch * patch)


class EncoderBlock(nn.Module):
    """LayerNorm → multi-head self-attention → residual; LayerNorm → MLP → residual."""

    def __init__(self, dim: int, heads: int, mlp: int, dropout: float = 0.0):
        super().__init__()
        self.norm1 = nn.LayerNorm(dim)
        self.attn = nn.MultiheadAttention(dim, heads, batch_first=True)
        self.norm2 = nn.LayerNorm(dim)
        self.mlp = nn.Sequential(nn.Linear(dim, mlp), nn.GELU(), nn.Dropout(dropout), nn.Linear(mlp, dim),
                                 nn.Dropout(dropout))

    def forward(self, x: torch.Tensor, attn_mask: torch.Tensor | None = None, need_weights: bool = False):
        """(x after the block, the attention weights (N, heads, T, T) or None)."""
        h = self.norm1(x)
        a, w = self.attn(h, h, h, attn_mask=attn_mask, need_weights=need_weights, average_attn_weights=False)
        x = x + a
        return x + self.mlp(self.norm2(x)), w


class TinyViT(nn.Module):
    """See the module's docstring."""

    def __init__(self, patch: int = 7, dim: int = 64, depth: int = 4, heads: int = 4, mlp: int = 128,
                 dropout: float = 0.0):
        super().__init__()
        if patch not in PATCH_SIZES:
            raise CoreError(N_("the patch size must be 4 or 7 (a whole number of patches in 28), got {value}"),
                            field="patch", value=patch)
        patch = int(patch)
        depth = _check_range("depth", depth, *DEPTHS)
        heads = _check_range("heads", heads, *HEADS)
        dim = _check_range("dim", dim, *DIMS)
        mlp = _check_range("mlp", mlp, 1, 1024)
        if dim % heads:
            raise CoreError(N_("the embedding width {dim} must be a multiple of the number of heads {heads}"),
                            field="dim", dim=dim, heads=heads)
        if not 0 <= float(dropout) < 1:
            raise CoreError(N_("must be at least 0 and less than 1, got {value}"), field="dropout", value=dropout)
        self.patch, self.grid, self.dim, self.heads = patch, IMAGE // patch, dim, heads
        self.tokens = 1 + self.grid ** 2
        self.patch_embed = nn.Linear(patch * patch, dim)
        self.cls_token = nn.Parameter(torch.zeros(1, 1, dim))
        self.pos_embed = nn.Parameter(torch.randn(1, self.tokens, dim) * 0.02)
        self.blocks = nn.ModuleList(EncoderBlock(dim, heads, mlp, float(dropout)) for _ in range(depth))
        self.norm = nn.LayerNorm(dim)
        self.head = nn.Linear(dim, 10)

    def patches(self, x: torch.Tensor) -> torch.Tensor:
        """(N, 1, 28, 28) → (N, P, patch²)."""
        return patchify(x, self.patch)

    def embed(self, x: torch.Tensor) -> torch.Tensor:
        """The sequence the first block reads: [class token; patch embeddings] + positions, (N, T, dim)."""
        e = self.patch_embed(self.patches(x))
        cls = self.cls_token.expand(e.shape[0], -1, -1)
        return torch.cat([cls, e], dim=1) + self.pos_embed

    def encode(self, x: torch.Tensor, attn_mask: torch.Tensor | None = None, need_weights: bool = False):
        """(the final normalised tokens (N, T, dim), the inputs of every block, the weights
        (N, heads, T, T) of every block, or Nones without ``need_weights``)."""
        h = self.embed(x)
        inputs, weights = [], []
        for block in self.blocks:
            inputs.append(h)
            h, w = block(h, attn_mask, need_weights)
            weights.append(w)
        return self.norm(h), inputs, weights

    def forward(self, x: torch.Tensor, attn_mask: torch.Tensor | None = None) -> torch.Tensor:
        h, _, _ = self.encode(x, attn_mask)
        return self.head(h[:, 0])


def build_vit(cfg: dict) -> TinyViT:
    """A TinyViT from a config dict (keys as :func:`vit_default_config`; missing keys take its values)."""
    c = {**vit_default_config(), **cfg}
    return TinyViT(patch=c["patch"], dim=c["dim"], depth=c["depth"], heads=c["heads"], mlp=c["mlp"],
                   dropout=float(c["dropout"]))
