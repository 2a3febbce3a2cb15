<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ActivationsPanel</name>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="178" />
            <source>Activation function</source>
            <translation>激活函数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="184" />
            <source>The activation function applied to each unit's weighted sum; it makes the network non-linear.</source>
            <translation>作用在每个神经元加权和上的激活函数；它让网络成为非线性的。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="186" />
            <source>Function:</source>
            <translation>函数：</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="193" />
            <source>α: the slope for negative inputs (Leaky ReLU) or the level ELU approaches for very negative inputs (−α).</source>
            <translation>α：Leaky ReLU 在负输入处的斜率，或 ELU 在输入很负时趋近的值（−α）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="195" />
            <source>α:</source>
            <translation>α：</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="204" />
            <source>Softmax temperature T: logits are divided by T; small T sharpens the probabilities, large T flattens them.</source>
            <translation>Softmax 温度 T：logits 先除以 T；T 越小概率分布越尖锐，T 越大越平坦。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="206" />
            <source>Temperature T:</source>
            <translation>温度 T：</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="210" />
            <source>Logits: the raw scores of the last layer before softmax, 2 to 10 numbers separated by commas.</source>
            <translation>logits：最后一层在 softmax 之前的原始得分，2 到 10 个数，用逗号分隔。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="213" />
            <source>Logits z:</source>
            <translation>logits z：</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="220" />
            <source>Cursor</source>
            <translation>光标</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="228" />
            <source>The input x at which f(x) and the derivative f′(x) are read out; moving the mouse over the plot moves it too.</source>
            <translation>读取 f(x) 和导数 f′(x) 的输入 x；在图上移动鼠标也会移动它。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="230" />
            <source>x:</source>
            <translation>x：</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="233" />
            <location filename="../../dlviz/ui/panels/activations.py" line="336" />
            <source>Gradient flow through depth</source>
            <translation>梯度随深度的传播</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="238" />
            <source>Number of layers (Linear + activation) in the stack.</source>
            <translation>堆叠的层数（每层为线性层 + 激活函数）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="239" />
            <source>Layers:</source>
            <translation>层数：</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="243" />
            <source>Number of units in every layer.</source>
            <translation>每层的神经元个数。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="244" />
            <source>Units per layer:</source>
            <translation>每层神经元：</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="246" />
            <source>Auto</source>
            <translation>自动</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="247" />
            <source>Xavier (Glorot)</source>
            <translation>Xavier（Glorot）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="248" />
            <source>Kaiming (He)</source>
            <translation>Kaiming（He）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="250" />
            <source>Weight initialisation: Xavier (Glorot) keeps the variance steady for tanh and sigmoid, Kaiming (He) for the ReLU family; Auto picks the usual one for each activation.</source>
            <translation>权重初始化：Xavier（Glorot）让 tanh 和 sigmoid 各层的方差保持稳定，Kaiming（He）适用于 ReLU 一族；“自动”为每种激活函数选择常用的那一种。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="252" />
            <source>Initialisation:</source>
            <translation>初始化：</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="254" />
            <source>‖∂L/∂h‖ (layer output)</source>
            <translation>‖∂L/∂h‖（层输出）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="255" />
            <source>‖∂L/∂W‖ (weights)</source>
            <translation>‖∂L/∂W‖（权重）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="257" />
            <source>Which gradient to plot: the one backpropagated to each layer's output, or the one that updates its weights.</source>
            <translation>要绘制哪种梯度：反向传播到每层输出的梯度，或用来更新该层权重的梯度。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="258" />
            <source>Plot:</source>
            <translation>绘制：</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="261" />
            <source>Random seed of the weights, inputs and upstream gradient.</source>
            <translation>权重、输入和上游梯度的随机种子。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="262" />
            <source>Seed:</source>
            <translation>随机种子：</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="284" />
            <source>The activation f(x) and its derivative f′(x); move the mouse to read values.</source>
            <translation>激活函数 f(x) 及其导数 f′(x)；移动鼠标读取数值。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="308" />
            <source>The exact values at the cursor, computed by dlviz's numpy core.</source>
            <translation>光标处的精确数值，由 dlviz 的 numpy 核心计算。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="312" />
            <source>Softmax probabilities of the logits at temperature T (outlines: T = 1).</source>
            <translation>logits 在温度 T 下的 softmax 概率（虚线框：T = 1）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="314" />
            <source>Softmax of the logits</source>
            <translation>logits 的 softmax</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="315" />
            <source>logit index i</source>
            <translation>logit 序号 i</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="316" />
            <source>probability pᵢ</source>
            <translation>概率 pᵢ</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="334" />
            <source>Gradient norm at each layer of a deep stack at initialisation (log scale); layer 1 is next to the input.</source>
            <translation>深层堆叠网络在初始化时每一层的梯度范数（对数坐标）；第 1 层紧挨输入。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="337" />
            <source>layer (1 = next to the input)</source>
            <translation>层（1 = 紧挨输入）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="338" />
            <source>gradient norm (log scale)</source>
            <translation>梯度范数（对数坐标）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="354" />
            <source>How much the gradient shrinks or grows from the last layer back to the first.</source>
            <translation>梯度从最后一层反向传到第一层时缩小或放大了多少。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="378" />
            <source>What it does</source>
            <translation>作用</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="387" />
            <source>Regularisation: dropout and L2</source>
            <translation>正则化：Dropout 与 L2</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="390" />
            <source>&lt;b&gt;Dropout&lt;/b&gt; (rate p): during training each unit is set to 0 with probability p and the survivors are scaled by 1/(1 − p), as PyTorch's nn.Dropout does, so the network cannot rely on any single unit — a guard against overfitting. In evaluation mode (model.eval()) dropout does nothing.</source>
            <translation>&lt;b&gt;Dropout（随机失活）&lt;/b&gt;（比率 p）：训练时每个神经元以概率 p 被置为 0，保留下来的乘以 1/(1 − p)（与 PyTorch 的 nn.Dropout 相同），使网络不能依赖任何单个神经元，从而抑制过拟合。在评估模式（model.eval()）下 Dropout 不起作用。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="395" />
            <source>&lt;b&gt;L2 weight decay&lt;/b&gt; (λ) adds (λ/2)·‖w‖² to the loss, so every step also pulls each weight toward 0 by λ·w: smaller weights, a smoother function, less overfitting. In PyTorch it is the optimizer's weight_decay argument.</source>
            <translation>&lt;b&gt;L2 权重衰减&lt;/b&gt;（λ）在损失中加上 (λ/2)·‖w‖²，于是每一步还会把每个权重按 λ·w 拉向 0：权重更小、函数更平滑、过拟合更少。在 PyTorch 中它就是优化器的 weight_decay 参数。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="402" />
            <source>Try them in the Training panel →</source>
            <translation>在“训练”面板中试一试 →</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="404" />
            <source>Open the Training panel, where dropout, L2 weight decay and the activation are set before training.</source>
            <translation>打开“训练”面板，在训练前设置 Dropout、L2 权重衰减和激活函数。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="424" />
            <source>Function plot as PNG…</source>
            <translation>函数图（PNG）…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="425" />
            <source>Function plot as SVG…</source>
            <translation>函数图（SVG）…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="426" />
            <source>Softmax bars as PNG…</source>
            <translation>Softmax 柱状图（PNG）…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="427" />
            <source>Gradient flow plot as PNG…</source>
            <translation>梯度传播图（PNG）…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="428" />
            <source>Gradient flow plot as SVG…</source>
            <translation>梯度传播图（SVG）…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="429" />
            <source>Function values as CSV…</source>
            <translation>函数值（CSV）…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="430" />
            <source>Gradient norms as CSV…</source>
            <translation>梯度范数（CSV）…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="436" />
            <source>Save this plot as PNG…</source>
            <translation>将此图保存为 PNG…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="437" />
            <source>Save this plot as SVG…</source>
            <translation>将此图保存为 SVG…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="530" />
            <source>Enter 2 to 10 numbers separated by commas, e.g. 2, 1, 0.1 (the last valid logits are kept).</source>
            <translation>请输入 2 到 10 个用逗号分隔的数，例如 2, 1, 0.1（保留上一次有效的 logits）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="552" />
            <source>Softmax: p₁ as z₁ = x varies (T = {0:g})</source>
            <translation>Softmax：z₁ = x 变化时的 p₁（T = {0:g}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="554" />
            <source>{0} (α = {1:g}) and its derivative</source>
            <translation>{0}（α = {1:g}）及其导数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="556" />
            <source>{0} and its derivative</source>
            <translation>{0} 及其导数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="571" />
            <source>x = {0}    f(x) = {1}    f′(x) = {2}</source>
            <translation>x = {0}    f(x) = {1}    f′(x) = {2}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="594" />
            <source>Softmax of the logits (T = {0:g})</source>
            <translation>logits 的 softmax（T = {0:g}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="623" />
            <source>Softmax belongs to the output layer, so the stack compares the hidden-layer activations.</source>
            <translation>Softmax 用于输出层，因此这里的堆叠网络只比较隐藏层的激活函数。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="628" />
            <source>Xavier</source>
            <translation>Xavier</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="628" />
            <source>Kaiming</source>
            <translation>Kaiming</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="630" />
            <source>{0} with {1} initialisation: the gradient at layer 1 is {2} × the gradient at layer {3}.</source>
            <translation>{0}，{1} 初始化：第 1 层的梯度是第 {3} 层梯度的 {2} 倍。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="653" />
            <source>Save plot</source>
            <translation>保存图表</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="662" />
            <source>Could not save {0}: {1}</source>
            <translation>无法保存 {0}：{1}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="664" />
            <source>Saved {0}</source>
            <translation>已保存 {0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="668" />
            <source>Save function values</source>
            <translation>保存函数值</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="675" />
            <source>Save gradient norms</source>
            <translation>保存梯度范数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="53" />
            <source>Sigmoid</source>
            <translation>Sigmoid</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="54" />
            <source>tanh</source>
            <translation>tanh</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="55" />
            <source>ReLU</source>
            <translation>ReLU</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="56" />
            <source>Leaky ReLU</source>
            <translation>Leaky ReLU</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="57" />
            <source>ELU</source>
            <translation>ELU</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="58" />
            <source>Softmax</source>
            <translation>Softmax</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="64" />
            <source>&lt;b&gt;Sigmoid&lt;/b&gt; σ(x) = 1 / (1 + e&lt;sup&gt;−x&lt;/sup&gt;) squashes any input into (0, 1).&lt;br&gt;&lt;b&gt;Derivative:&lt;/b&gt; σ′(x) = σ(x)(1 − σ(x)): at most 0.25 (at x = 0) and almost 0 when |x| is large — the unit &lt;i&gt;saturates&lt;/i&gt;.&lt;br&gt;&lt;b&gt;Gradients:&lt;/b&gt; backpropagation multiplies by σ′ at every layer, so the gradient shrinks at least fourfold per layer: the &lt;i&gt;vanishing gradient&lt;/i&gt; problem of deep sigmoid networks. Today sigmoid is used for gates (LSTM, GRU) and binary outputs, rarely in hidden layers.</source>
            <translation>&lt;b&gt;Sigmoid&lt;/b&gt; σ(x) = 1 / (1 + e&lt;sup&gt;−x&lt;/sup&gt;) 把任意输入压缩到 (0, 1)。&lt;br&gt;&lt;b&gt;导数：&lt;/b&gt;σ′(x) = σ(x)(1 − σ(x))：最大为 0.25（在 x = 0 处），|x| 很大时几乎为 0——神经元&lt;i&gt;饱和&lt;/i&gt;。&lt;br&gt;&lt;b&gt;梯度：&lt;/b&gt;反向传播在每一层都要乘以 σ′，所以梯度每经过一层至少缩小为四分之一：这就是深层 sigmoid 网络的&lt;i&gt;梯度消失&lt;/i&gt;问题。如今 sigmoid 主要用于门控（LSTM、GRU）和二分类输出，很少用在隐藏层。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="71" />
            <source>&lt;b&gt;tanh&lt;/b&gt;(x) = (e&lt;sup&gt;x&lt;/sup&gt; − e&lt;sup&gt;−x&lt;/sup&gt;) / (e&lt;sup&gt;x&lt;/sup&gt; + e&lt;sup&gt;−x&lt;/sup&gt;) squashes any input into (−1, 1) and is zero-centred.&lt;br&gt;&lt;b&gt;Derivative:&lt;/b&gt; tanh′(x) = 1 − tanh²(x): at most 1 (at x = 0).&lt;br&gt;&lt;b&gt;Gradients:&lt;/b&gt; near 0 it passes the gradient almost unchanged, but saturated units (|x| &gt; 2) still block it. The simple RNN's hidden state and the LSTM's candidate and output use tanh.</source>
            <translation>&lt;b&gt;tanh&lt;/b&gt;(x) = (e&lt;sup&gt;x&lt;/sup&gt; − e&lt;sup&gt;−x&lt;/sup&gt;) / (e&lt;sup&gt;x&lt;/sup&gt; + e&lt;sup&gt;−x&lt;/sup&gt;) 把任意输入压缩到 (−1, 1)，并且以零为中心。&lt;br&gt;&lt;b&gt;导数：&lt;/b&gt;tanh′(x) = 1 − tanh²(x)：最大为 1（在 x = 0 处）。&lt;br&gt;&lt;b&gt;梯度：&lt;/b&gt;在 0 附近梯度几乎原样通过，但饱和的神经元（|x| &gt; 2）仍会阻断梯度。简单 RNN 的隐藏状态以及 LSTM 的候选值和输出都使用 tanh。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="77" />
            <source>&lt;b&gt;ReLU&lt;/b&gt;(x) = max(0, x).&lt;br&gt;&lt;b&gt;Derivative:&lt;/b&gt; 1 for x &gt; 0 and 0 for x &lt; 0 (PyTorch uses 0 at x = 0).&lt;br&gt;&lt;b&gt;Gradients:&lt;/b&gt; active units pass the gradient unchanged, so a deep ReLU network with Kaiming (He) initialisation keeps a steady gradient through depth. A unit whose input is always negative gets no gradient and stops learning (a “dead ReLU”). The usual choice for the hidden layers of a CNN.</source>
            <translation>&lt;b&gt;ReLU&lt;/b&gt;(x) = max(0, x)。&lt;br&gt;&lt;b&gt;导数：&lt;/b&gt;x &gt; 0 时为 1，x &lt; 0 时为 0（PyTorch 在 x = 0 处取 0）。&lt;br&gt;&lt;b&gt;梯度：&lt;/b&gt;激活的神经元让梯度原样通过，所以采用 Kaiming（He）初始化的深层 ReLU 网络能在各层保持稳定的梯度。输入总是负数的神经元得不到梯度、停止学习（“死亡 ReLU”）。它是 CNN 隐藏层的常用选择。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="84" />
            <source>&lt;b&gt;Leaky ReLU&lt;/b&gt;(x) = x for x &gt; 0, αx otherwise.&lt;br&gt;&lt;b&gt;Derivative:&lt;/b&gt; 1 for x &gt; 0, α otherwise.&lt;br&gt;&lt;b&gt;Gradients:&lt;/b&gt; the small slope α (often 0.01) keeps some gradient flowing for negative inputs, so units cannot die.</source>
            <translation>&lt;b&gt;Leaky ReLU&lt;/b&gt;(x)：x &gt; 0 时为 x，否则为 αx。&lt;br&gt;&lt;b&gt;导数：&lt;/b&gt;x &gt; 0 时为 1，否则为 α。&lt;br&gt;&lt;b&gt;梯度：&lt;/b&gt;小斜率 α（常取 0.01）让负输入也有一点梯度流过，所以神经元不会“死亡”。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="89" />
            <source>&lt;b&gt;ELU&lt;/b&gt;(x) = x for x &gt; 0, α(e&lt;sup&gt;x&lt;/sup&gt; − 1) otherwise.&lt;br&gt;&lt;b&gt;Derivative:&lt;/b&gt; 1 for x &gt; 0, αe&lt;sup&gt;x&lt;/sup&gt; otherwise.&lt;br&gt;&lt;b&gt;Gradients:&lt;/b&gt; smooth, never exactly zero; its negative outputs (down to −α) pull the mean activation toward 0, which helps the next layer learn.</source>
            <translation>&lt;b&gt;ELU&lt;/b&gt;(x)：x &gt; 0 时为 x，否则为 α(e&lt;sup&gt;x&lt;/sup&gt; − 1)。&lt;br&gt;&lt;b&gt;导数：&lt;/b&gt;x &gt; 0 时为 1，否则为 αe&lt;sup&gt;x&lt;/sup&gt;。&lt;br&gt;&lt;b&gt;梯度：&lt;/b&gt;平滑且从不恰好为零；它的负输出（最低到 −α）把激活值的均值拉向 0，有助于下一层学习。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="94" />
            <source>&lt;b&gt;Softmax&lt;/b&gt; turns a vector of logits z into probabilities: p&lt;sub&gt;i&lt;/sub&gt; = e&lt;sup&gt;z&lt;sub&gt;i&lt;/sub&gt;/T&lt;/sup&gt; / Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;z&lt;sub&gt;j&lt;/sub&gt;/T&lt;/sup&gt; — all positive, summing to 1.&lt;br&gt;&lt;b&gt;Temperature T:&lt;/b&gt; T &amp;lt; 1 sharpens the distribution toward the largest logit, T &amp;gt; 1 flattens it toward uniform.&lt;br&gt;&lt;b&gt;Derivative:&lt;/b&gt; ∂p&lt;sub&gt;i&lt;/sub&gt;/∂z&lt;sub&gt;j&lt;/sub&gt; = p&lt;sub&gt;i&lt;/sub&gt;(δ&lt;sub&gt;ij&lt;/sub&gt; − p&lt;sub&gt;j&lt;/sub&gt;) / T; the curve shows p&lt;sub&gt;1&lt;/sub&gt; as the first logit z&lt;sub&gt;1&lt;/sub&gt; = x varies. With the cross-entropy loss the gradient on the logits is simply p − y. Used in the output layer of a classifier.</source>
            <translation>&lt;b&gt;Softmax&lt;/b&gt; 把 logits 向量 z 变成概率：p&lt;sub&gt;i&lt;/sub&gt; = e&lt;sup&gt;z&lt;sub&gt;i&lt;/sub&gt;/T&lt;/sup&gt; / Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;z&lt;sub&gt;j&lt;/sub&gt;/T&lt;/sup&gt;——全部为正，总和为 1。&lt;br&gt;&lt;b&gt;温度 T：&lt;/b&gt;T &amp;lt; 1 使分布向最大的 logit 集中（更尖锐），T &amp;gt; 1 使分布趋于均匀（更平坦）。&lt;br&gt;&lt;b&gt;导数：&lt;/b&gt;∂p&lt;sub&gt;i&lt;/sub&gt;/∂z&lt;sub&gt;j&lt;/sub&gt; = p&lt;sub&gt;i&lt;/sub&gt;(δ&lt;sub&gt;ij&lt;/sub&gt; − p&lt;sub&gt;j&lt;/sub&gt;) / T；曲线显示第一个 logit z&lt;sub&gt;1&lt;/sub&gt; = x 变化时的 p&lt;sub&gt;1&lt;/sub&gt;。配合交叉熵损失时，logits 上的梯度就是 p − y。用于分类器的输出层。</translation>
        </message>
    </context>
    <context>
        <name>AxisPair</name>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="71" />
            <source>Same value for height and width (uncheck to set each axis)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ComingPanel</name>
        <message>
            <location filename="../../dlviz/ui/panels/base.py" line="47" />
            <source>Coming soon: {0}</source>
            <translation>即将推出：{0}</translation>
        </message>
    </context>
    <context>
        <name>ConvPanel</name>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="95" />
            <source>Kernel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="104" />
            <source>Learned: first layer of the CNN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="106" />
            <source>The kernels a trained CNN learned in its first convolution layer (train one in the Training panel, or use the weights the app ships)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="108" />
            <source>Custom (type the weights)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="111" />
            <source>The kernel (filter): a small grid of weights multiplied with each window of the input</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="114" />
            <source>Preset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="116" />
            <source>Kernel size: the window's height and width in cells</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="118" />
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="129" />
            <source>The kernel's weights: double-click a cell and type a number. Like every deep-learning library, the kernel is not flipped (cross-correlation).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="137" />
            <source>Each output channel has its own kernel (one per input channel) and bias; choose which one to watch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="141" />
            <source>Output channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="148" />
            <source>Bias: a number added to every sum of products of this output channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="150" />
            <source>Bias</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="152" />
            <source>ReLU after the convolution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="154" />
            <source>Apply the activation max(0, x) to each result, shown as a separate step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="181" />
            <source> of {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="227" />
            <source>{0} (shipped weights)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="232" />
            <source>kernel: no trained CNN yet — train a CNN in the Training panel and its first-layer kernels appear here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="237" />
            <source>{0}: conv1 has {1} kernels of {2}×{3}. The network sees the digit normalised (mean 0.1307, std 0.3081); here the kernels act on the raw 0–1 pixels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="301" />
            <source>kernel: “{0}” is not a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="372" />
            <source>Output {0}×{1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="374" />
            <source>  ·  channel {0} of {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="376" />
            <source>  ·  after ReLU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="381" />
            <source>Step {0}: output ({1}, {2}) ← input rows {3}…{4}, columns {5}…{6}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="387" />
            <source> ch {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="389" />
            <source>window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="391" />
            <source>kernel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="393" />
            <source>products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="397" />
            <source> ({0} channels)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="398" />
            <source>Σ per channel: {0}{1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="399" />
            <source>Σ channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="399" />
            <source>Σ products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="400" />
            <source>{0} {1}  + bias {2}  =  {3}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="403" />
            <source>ReLU: max(0, {0}) = {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="41" />
            <source>Identity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="42" />
            <source>Box blur 3×3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="43" />
            <source>Gaussian blur 3×3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="44" />
            <source>Gaussian blur 5×5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="45" />
            <source>Sharpen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="46" />
            <source>Sobel x (vertical edges)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="47" />
            <source>Sobel y (horizontal edges)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="48" />
            <source>Laplacian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="49" />
            <source>Edge (outline)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="50" />
            <source>Emboss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="51" />
            <source>Sobel x and y (2 output channels)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="55" />
            <source>Copies the centre pixel: the output equals the input.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="56" />
            <source>Averages the 3×3 neighbourhood: every weight is 1/9.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="57" />
            <source>A weighted average that favours the centre (1 2 1 / 16).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="58" />
            <source>A wider Gaussian (σ = 1) that blurs more strongly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="59" />
            <source>Adds the difference between a pixel and its neighbours back to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="60" />
            <source>Finds vertical edges: positive where brightness rises to the right.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="61" />
            <source>Finds horizontal edges: positive where brightness rises downwards.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="62" />
            <source>Second derivative: responds to blobs and thin lines, zero on flat areas.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="63" />
            <source>Centre minus all eight neighbours: outlines every edge.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="64" />
            <source>A directional difference that makes the image look raised.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv.py" line="65" />
            <source>Two kernels at once: each output channel has its own kernel.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DrawPanel</name>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="542" />
            <source>Draw a digit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="545" />
            <source>Draw a digit here with the mouse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="547" />
            <source>Hold the left mouse button and draw a digit 0–9; it can be anywhere and any size — the preprocessing centres and scales it like MNIST</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="556" />
            <source>&lt;b&gt;What the model sees&lt;/b&gt; (28×28)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="567" />
            <source>Pen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="571" />
            <source>Pen width, as a share of the board; MNIST digits have strokes about 2–3 of their 28 pixels wide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="583" />
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="584" />
            <source>Remove the last stroke (Ctrl+Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="586" />
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="587" />
            <source>Erase the whole drawing (Delete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="598" />
            <source>Send to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="602" />
            <source>Convolution</source>
            <translation>卷积</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="602" />
            <source>Open the 28×28 input in the Convolution panel and slide a kernel over it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="603" />
            <source>Pooling</source>
            <translation>池化</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="603" />
            <source>Open the 28×28 input in the Pooling panel and watch max/average pooling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="604" />
            <source>RNN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="604" />
            <source>Feed the 28×28 input to the RNN cells panel, one row per time step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="616" />
            <source>Prediction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="627" />
            <source>The digit the model finds most probable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="645" />
            <source>Model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="648" />
            <source>Which trained network classifies the drawing: the weights shipped with the app, or the model you trained or loaded in the Training panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="661" />
            <source>How the CNN sees it, layer by layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="667" />
            <source>Blue = negative, white = 0, red = positive; after ReLU: dark = 0, bright = strong. One colour scale per layer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="684" />
            <location filename="../../dlviz/ui/panels/draw.py" line="851" />
            <location filename="../../dlviz/ui/panels/draw.py" line="930" />
            <source>Click a feature map to see it large with its kernel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="708" />
            <location filename="../../dlviz/ui/panels/draw.py" line="713" />
            <source>{0} px</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="722" />
            <source>{0} (shipped)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="749" />
            <source>test accuracy {0:.2f} %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="757" />
            <source>No model yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="787" />
            <source>Shipped weights refused: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="794" />
            <source>MNIST test accuracy {0:.2f} %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="803" />
            <source>No trained model yet: train one in the Training panel (or run `dlviz train`). The preprocessing works already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="808" />
            <source>Using {0}: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="842" />
            <source>No CNN available yet: train a ConvNet or Keras CNN in the Training panel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="845" />
            <source>Layers of {0} ({1} in use reads the digit row by row, it has no feature maps)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="847" />
            <source>Layers of {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="866" />
            <source>Draw panel now uses {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="887" />
            <source>This model cannot classify the drawing: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="894" />
            <source>Draw a digit: an empty canvas gets no prediction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="896" />
            <source>No model to ask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="899" />
            <source>{0:.1f} % sure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="901" />
            <source>Empty canvas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="903" />
            <source>ink {0}×{1} px → {2}×{3}, centre of mass ({4:.1f}, {5:.1f})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="926" />
            <source>No CNN to show yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="929" />
            <source>Draw a digit to see what every layer of the CNN makes of it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="935" />
            <source>Cannot run this CNN: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="976" />
            <source>{0}×{1} values from {2} to {3}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="983" />
            <source>= bias {0} + Σ over {1} input map(s) of the {2}×{3} kernel(s) below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="986" />
            <source>made by {0}; kernel of {1} channel {2} below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="987" />
            <source>kernel range {0} … {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="988" />
            <source>{0} · channel {1} · {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="998" />
            <source>Draw a digit first</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FeatureDetail</name>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="405" />
            <source>The selected feature map, large, and the kernel whose sliding multiply–add over the layer below produced it (blue = negative weight, red = positive)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FeatureMapsView</name>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="315" />
            <source>{0} ({1}), channel {2} — click to see it large with its kernel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="318" />
            <source>Each layer's output for your drawing, one small map per channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="347" />
            <source>{0} · {1}×{2}×{3} · {4} … {5}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="361" />
            <source>scores</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="367" />
            <source>final layer's output (logits), one per digit · softmax turns them into the bars</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GanPanel</name>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="178" />
            <source>Model and training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="185" />
            <source>Length of the random noise vector z the generator turns into a digit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="187" />
            <source>Width of the generator: its transposed convolutions have 4×, then 2× this many channels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="189" />
            <source>Width of the discriminator: its convolutions have 1×, then 2× this many channels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="191" />
            <source>Learning rate of the generator's Adam optimizer (can differ from the discriminator's).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="193" />
            <source>Learning rate of the discriminator's Adam optimizer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="195" />
            <source>Adam β1, the momentum of the gradient average; DCGAN uses 0.5 to keep the game stable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="197" />
            <source>Adam β2, the averaging of squared gradients that scales each step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="199" />
            <source>Real digits (and as many generated ones) per step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="201" />
            <source>How many discriminator updates come before each generator update.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="203" />
            <source>Non-saturating BCE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="204" />
            <source>Least squares (LSGAN)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="206" />
            <source>BCE: D learns log-probabilities, G maximises log D(G(z)); least squares pulls D's scores towards 1 (real) and 0 (fake).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="209" />
            <source>Batch norm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="210" />
            <source>Spectral norm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="211" />
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="213" />
            <source>How the discriminator's layers are normalised: batch norm (DCGAN) or spectral norm (limits how steeply D can change).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="216" />
            <source>Passes over the training digits (each step uses one batch per D update).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="218" />
            <source>Random seed of the initial weights, the noise and the shuffling: same seed, same run.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="220" />
            <source>Auto</source>
            <translation>自动</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="220" />
            <source>CPU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="220" />
            <source>CUDA GPU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="222" />
            <source>Where to train: auto picks the CUDA GPU when there is one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="224" />
            <source>Keep a grid of the fixed-noise samples in the history every this many steps.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="226" />
            <source>Latent size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="226" />
            <source>G features</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="227" />
            <source>D features</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="227" />
            <source>G learning rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="228" />
            <source>D learning rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="228" />
            <source>Adam β1 / β2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="229" />
            <source>Batch size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="229" />
            <source>D steps per G step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="230" />
            <source>Loss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="230" />
            <source>D normalisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="231" />
            <source>Epochs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="231" />
            <source>Seed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="232" />
            <source>Device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="232" />
            <source>History every</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="236" />
            <source> steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="257" />
            <source>Run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="260" />
            <location filename="../../dlviz/ui/panels/gan.py" line="670" />
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="262" />
            <source>Train the GAN: continue from the current weights, or start fresh when there are none.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="264" />
            <location filename="../../dlviz/ui/panels/gan.py" line="672" />
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="265" />
            <source>Pause or resume training (while paused you can step D or G alone).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="267" />
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="268" />
            <source>Stop training and keep the weights reached so far.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="270" />
            <source>One D step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="272" />
            <source>While paused: update only the discriminator once, on one real and one generated batch.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="274" />
            <source>One G step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="276" />
            <source>While paused: update only the generator once, to fool the current discriminator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="278" />
            <source>Reset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="279" />
            <source>Forget the weights, curves and history: the next Start begins from scratch.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="288" />
            <source>Steps done out of the steps planned for this run.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="292" />
            <source>Ready. Press Start to train on MNIST.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="294" />
            <source>What the GAN is doing now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="299" />
            <source>Files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="302" />
            <source>Grid PNG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="303" />
            <source>Save the grid shown (8×8 samples) as a PNG image.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="305" />
            <source>History GIF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="306" />
            <source>Save every grid of the history as an animated GIF: blobs turning into digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="308" />
            <source>Save checkpoint…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="309" />
            <source>Save both networks, the settings, the curves and the history of grids.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="311" />
            <source>Load checkpoint…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="312" />
            <source>Load a GAN checkpoint saved by dlviz (files of other kinds are refused).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="344" />
            <source>Samples from fixed noise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="347" />
            <source>64 digits the generator makes from the same 64 noise vectors at every step, so you see it learn. Click a cell to pick the start (orange) or end (teal) of the interpolation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="371" />
            <source>Scrub back through the grids kept during training (older ones are thinned to stay within memory).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="374" />
            <source>Live</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="375" />
            <source>Follow training: show the newest grid as soon as it arrives.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="380" />
            <source>The training step of the grid shown, and its place in the history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="381" />
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="388" />
            <source>Latent interpolation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="391" />
            <source>Spherical</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="392" />
            <source>Straight line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="394" />
            <source>Path from z_A to z_B: along the sphere (keeps the length typical of Gaussian noise) or a straight line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="396" />
            <source>How many samples along the path from A to B.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="398" />
            <source>Random pair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="399" />
            <source>Interpolate between two new random noise vectors instead of two grid cells.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="406" />
            <source>Digits made from points evenly spaced on the path between two noise vectors: a smooth morph means the generator has learned a continuous space of digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="411" />
            <source>Which noise vectors the strip goes between.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="420" />
            <source>step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="439" />
            <source>Losses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="439" />
            <source>loss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="440" />
            <source>Discriminator loss (telling real from fake) and generator loss (fooling D). In a healthy game neither goes to zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="442" />
            <source>D loss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="443" />
            <source>G loss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="444" />
            <source>Discriminator's verdicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="444" />
            <source>D output</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="445" />
            <source>D(x): D's mean verdict on real digits; D(G(z)): on generated ones (probability of 'real' for BCE). They meet near the middle when G fools D.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="453" />
            <source>Quality meter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="463" />
            <source>Inception Score = exp(mean KL(p(y|x) ‖ p(y))) from a digit classifier: near 10 when the digits are clear and all ten classes appear equally often, near 1 when the GAN collapses to one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="465" />
            <source>Measure now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="467" />
            <source>Classify 1,000 new generated digits now (also done after every epoch).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="474" />
            <source>The digit classifier that judges the generated digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="482" />
            <source>How many of the generated digits the classifier calls 0, 1, …, 9. Mode collapse shows up as a few tall bars; the dashed line is an even share.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="489" />
            <source>digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="539" />
            <source>shipped ConvNet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="550" />
            <source>No digit classifier yet: train the ConvNet or Keras CNN in the Training panel to switch the meter on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="552" />
            <source>Judged by: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="574" />
            <source>The network sizes changed: starting a new GAN from scratch.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="591" />
            <source>Starting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="599" />
            <source>Training…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="602" />
            <source>Paused: step D or G alone, or resume.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="608" />
            <source>Stopping…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="629" />
            <source>Reset. Press Start to train a new GAN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="648" />
            <source>No digit classifier yet: train one in the Training panel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="655" />
            <source>Train the GAN (or load a checkpoint) first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="670" />
            <source>Continue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="672" />
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="697" />
            <source>D</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="697" />
            <source>G</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="698" />
            <source>One {0} step: D loss {1:.3f}, G loss {2:.3f}, D(x) {3:.2f}, D(G(z)) {4:.2f}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="722" />
            <source>Training on {0} ({1}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="727" />
            <source>Stopped at step {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="728" />
            <source>Finished: {0} steps.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="761" />
            <source>—</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="763" />
            <source>Epoch {0}/{1} · step {2} · {3:,.0f} digits/s · ETA {4}
D loss {5:.3f} · G loss {6:.3f} · D(x) {7:.2f} · D(G(z)) {8:.2f}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="806" />
            <source>No samples yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="812" />
            <source>Step {0} · grid {1} of {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="813" />
            <source>Samples from fixed noise — step {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="883" />
            <source>Train the GAN to walk through its latent space.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="889" />
            <source>two random noise vectors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="891" />
            <source>cell {0} (orange) → cell {1} (teal)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="892" />
            <source>From {0}, generator of step {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="902" />
            <source>Inception Score: —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="907" />
            <source>Inception Score: {0:.2f} / 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="913" />
            <source>{0:,} generated digits, classified (step {1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="924" />
            <source>Nothing to export yet: train first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="931" />
            <source>Save grid as PNG</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="931" />
            <source>PNG image (*.png)</source>
            <translation>PNG 图像 (*.png)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="935" />
            <location filename="../../dlviz/ui/panels/gan.py" line="1012" />
            <source>Saved {0}</source>
            <translation>已保存 {0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="937" />
            <location filename="../../dlviz/ui/panels/gan.py" line="946" />
            <location filename="../../dlviz/ui/panels/gan.py" line="1014" />
            <source>Could not save: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="940" />
            <source>Save history as GIF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="940" />
            <source>GIF animation (*.gif)</source>
            <translation>GIF 动画 (*.gif)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="944" />
            <source>Saved {0} ({1} frames)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="952" />
            <source>Nothing to save yet: train first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="973" />
            <source>{0}: not a usable GAN checkpoint ({1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="1008" />
            <source>Save GAN checkpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="1008" />
            <source>dlviz checkpoint (*.pt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="1019" />
            <source>Load GAN checkpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="1020" />
            <source>dlviz checkpoint (*.pt);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="1024" />
            <source>Loaded {0} (step {1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="1026" />
            <source>Refused: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="1030" />
            <source>GAN grid as PNG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="1031" />
            <source>GAN history as GIF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan.py" line="1032" />
            <source>GAN checkpoint…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InputPreview</name>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="163" />
            <source>What the model sees: your drawing cropped to its ink, scaled so its longer side is 20 px, and shifted so its centre of mass (the cross) sits at the centre of 28×28 — the way MNIST was made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="195" />
            <source>28×28</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="139" />
            <location filename="../../dlviz/ui/main_window.py" line="314" />
            <source>dlviz — deep learning you can watch and touch</source>
            <translation>dlviz —— 看得见、摸得着的深度学习</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="211" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="212" />
            <source>Choose MNIST data &amp;folder…</source>
            <translation>选择 MNIST 数据文件夹(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="213" />
            <source>A folder in torchvision's layout: FOLDER/MNIST/raw/*-ubyte(.gz)</source>
            <translation>按 torchvision 目录结构存放的文件夹：文件夹/MNIST/raw/*-ubyte(.gz)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="216" />
            <source>&amp;Export</source>
            <translation>导出(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="220" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="226" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="231" />
            <location filename="../../dlviz/ui/main_window.py" line="345" />
            <source>Show the {0} panel</source>
            <translation>显示“{0}”面板</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="237" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="244" />
            <source>Switch the interface language now (applies at once and is remembered)</source>
            <translation>切换界面语言（立即生效，并会被记住）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="250" />
            <source>&amp;Theme</source>
            <translation>主题(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="254" />
            <source>&amp;Light</source>
            <translation>浅色(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="254" />
            <source>&amp;Dark</source>
            <translation>深色(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="257" />
            <source>Colours of the window and the plots (remembered)</source>
            <translation>窗口和图表的配色（会被记住）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="263" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="264" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="269" />
            <source>&amp;About dlviz</source>
            <translation>关于 dlviz(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="285" />
            <source>Nothing to export in this panel</source>
            <translation>此面板没有可导出的内容</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="295" />
            <source>Interface language: {0} (applied at once and remembered).</source>
            <translation>界面语言：{0}（已立即生效，并会被记住）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="298" />
            <source>Busy panels switch when their work ends: {0}.</source>
            <translation>正在工作的面板会在任务结束后切换：{0}。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="386" />
            <source>&lt;h3&gt;dlviz {0}&lt;/h3&gt;&lt;p&gt;Watch and touch real deep networks.&lt;/p&gt;&lt;p&gt;Python {1} · PySide6 {2} · pyqtgraph {3} · PyTorch {4} · NumPy {5}&lt;/p&gt;&lt;p&gt;{6}&lt;/p&gt;</source>
            <translation>&lt;h3&gt;dlviz {0}&lt;/h3&gt;&lt;p&gt;观察并亲手操作真实的深度网络。&lt;/p&gt;&lt;p&gt;Python {1} · PySide6 {2} · pyqtgraph {3} · PyTorch {4} · NumPy {5}&lt;/p&gt;&lt;p&gt;{6}&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="396" />
            <source>About dlviz</source>
            <translation>关于 dlviz</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="399" />
            <source>MNIST data folder (contains MNIST/raw)</source>
            <translation>MNIST 数据文件夹（包含 MNIST/raw）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="407" />
            <source>MNIST not found</source>
            <translation>未找到 MNIST</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="408" />
            <source>No usable MNIST files in {0}:
{1}

Using: {2}</source>
            <translation>{0} 中没有可用的 MNIST 文件：
{1}

正在使用：{2}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="415" />
            <location filename="../../dlviz/ui/main_window.py" line="423" />
            <source>Device: …</source>
            <translation>设备：…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="416" />
            <location filename="../../dlviz/ui/main_window.py" line="429" />
            <source>Data: …</source>
            <translation>数据：…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="425" />
            <location filename="../../dlviz/ui/main_window.py" line="438" />
            <source>Device: {0}</source>
            <translation>设备：{0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="442" />
            <source>Data: {0}</source>
            <translation>数据：{0}</translation>
        </message>
    </context>
    <context>
        <name>Panels</name>
        <message>
            <location filename="../../dlviz/ui/panels/__init__.py" line="10" />
            <source>Convolution</source>
            <translation>卷积</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/__init__.py" line="11" />
            <source>Pooling</source>
            <translation>池化</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/__init__.py" line="12" />
            <source>RNN cells</source>
            <translation>RNN 单元</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/__init__.py" line="13" />
            <source>Training</source>
            <translation>训练</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/__init__.py" line="14" />
            <source>GAN</source>
            <translation>GAN</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/__init__.py" line="15" />
            <source>Draw</source>
            <translation>手写</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/__init__.py" line="16" />
            <source>Activations</source>
            <translation>激活函数</translation>
        </message>
    </context>
    <context>
        <name>PoolPanel</name>
        <message>
            <location filename="../../dlviz/ui/panels/pool.py" line="19" />
            <source>Pooling</source>
            <translation>池化</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool.py" line="23" />
            <source>Max pooling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool.py" line="24" />
            <source>Average pooling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool.py" line="26" />
            <source>Max pooling keeps the largest value of each window; average pooling keeps their mean</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool.py" line="29" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool.py" line="30" />
            <source>Pool size: the window's height and width in cells</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool.py" line="32" />
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool.py" line="38" />
            <source>Dilation (max pooling only): the gap between the cells the window reads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool.py" line="45" />
            <source>−∞ (max) or 0 (average)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool.py" line="86" />
            <source>max</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool.py" line="86" />
            <source>average</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool.py" line="87" />
            <source>Output {0}×{1} ({2} pooling)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool.py" line="97" />
            <source>Step {0}: output ({1}, {2}) ← input rows {3}…{4}, columns {5}…{6}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool.py" line="102" />
            <location filename="../../dlviz/ui/panels/pool.py" line="113" />
            <source>window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool.py" line="103" />
            <source>→  max = {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool.py" line="105" />
            <source>The window lies entirely in the padding (−∞).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool.py" line="108" />
            <source>The winner (green) is input row {0}, column {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool.py" line="110" />
            <source> Padding counts as −∞, so it never wins.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool.py" line="114" />
            <source>→  Σ = {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool.py" line="115" />
            <source>÷ {0} = {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool.py" line="116" />
            <source>The mean of all {0} cells.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool.py" line="118" />
            <source> Padding cells count as 0 (torch's count_include_pad=True).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProbabilityBars</name>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="98" />
            <source>Softmax of the model's ten final scores: how probable the model thinks each digit is (they add up to 100 %)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RnnPanel</name>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="217" />
            <location filename="../../dlviz/ui/panels/rnn.py" line="228" />
            <source>Cell</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="222" />
            <location filename="../../dlviz/ui/panels/rnn.py" line="783" />
            <source>LSTM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="222" />
            <location filename="../../dlviz/ui/panels/rnn.py" line="783" />
            <source>GRU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="222" />
            <source>Simple RNN (tanh)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="222" />
            <source>Simple RNN (ReLU)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="225" />
            <source>The recurrent cell: a simple RNN (one tanh or ReLU layer), a GRU (reset and update gates) or an LSTM (input, forget and output gates with a separate cell state).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="231" />
            <source>Random weights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="232" />
            <source>Trained model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="234" />
            <source>Random weights drawn like PyTorch's initialiser, U(−1/√H, 1/√H), or the first layer of the trained sequence model (Training panel, or the LSTM the app ships).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="237" />
            <source>Weights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="243" />
            <source>Hidden size H: the number of units, i.e. the length of the hidden state h_t (and of every gate vector).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="248" />
            <source>Random seed of the weights: the same seed gives the same weights.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="253" />
            <source>seed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="256" />
            <source>Hidden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="263" />
            <source>Input sequence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="268" />
            <source>MNIST digit, row by row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="268" />
            <source>Your drawing, row by row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="269" />
            <source>Sine wave (1 value per step)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="269" />
            <source>Step (1 value per step)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="270" />
            <source>Impulse (1 value per step)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="273" />
            <source>What the cell reads: a digit as 28 time steps of 28 pixel values (one row per step, MNIST-normalised like the models' input), or a 1-D signal with one value per step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="279" />
            <source>Test digit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="283" />
            <source>Which MNIST test digit to read (its index in the test set).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="286" />
            <source>Random</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="287" />
            <source>Pick a random MNIST test digit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="295" />
            <source>The input: the highlighted row is the one the cell reads at the current step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="319" />
            <source>The 1-D input signal; the marker is the current step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="324" />
            <location filename="../../dlviz/ui/panels/rnn.py" line="745" />
            <source>step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="335" />
            <source>Prediction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="344" />
            <source>Class probabilities: softmax of the model's linear layer on the hidden state. Solid: after the last row (the model's answer); light: if the sequence ended at the current row.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="380" />
            <source>The numpy trace shown here is compared with the torch module itself run on the same sequence: the hidden state (and LSTM cell state) after every step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="392" />
            <source>Each gate over time: rows are units, columns are steps; the outlined column is the current step, the bars beside it its values. Click a cell to pick that unit and step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="397" />
            <source>Equations (PyTorch)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="402" />
            <source>Numbers for unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="406" />
            <source>The unit (index k into h_t) whose numbers are filled into the equations; the dotted line marks it on every heatmap.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="419" />
            <source>PyTorch's equations for this cell, with the current step's numbers for the chosen unit (σ is the logistic sigmoid, ⊙ the element-wise product).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="430" />
            <source>Export RNN gate heatmaps as PNG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="431" />
            <source>Save the gate heatmaps as shown, as a PNG image.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="433" />
            <source>Export RNN trace as CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="435" />
            <source>Save every gate, cell and hidden value of every step and unit as a CSV table.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="437" />
            <source>PNG</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="440" />
            <source>CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="492" />
            <source>RNN cells: a drawing must be 28×28 pixels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="503" />
            <source>RNN cells: reading your drawing row by row.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="545" />
            <source>Export gate heatmaps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="546" />
            <source>PNG image (*.png)</source>
            <translation>PNG 图像 (*.png)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="550" />
            <location filename="../../dlviz/ui/panels/rnn.py" line="564" />
            <source>Saved {0}</source>
            <translation>已保存 {0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="552" />
            <source>Could not write {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="555" />
            <source>Export RNN trace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="556" />
            <source>CSV table (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="562" />
            <source>Could not write {0}: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="578" />
            <source>RNN cells: shipped LSTM weights unusable ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="584" />
            <source>LSTM (shipped)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="635" />
            <source>Trained model: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="638" />
            <source>first of {0} layers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="640" />
            <source>forward direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="641" />
            <source>{0}, hidden {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="645" />
            <source>A trained model is available: {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="648" />
            <source>Trained model (none yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="650" />
            <source>No trained sequence model yet: train an RNN/GRU/LSTM in the Training panel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="742" />
            <source>MNIST test digit #{0} (label {1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="744" />
            <source>your drawing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="745" />
            <source>sine wave</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="745" />
            <source>impulse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="762" />
            <source>The prediction needs every layer; this view traces only {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="772" />
            <source>random weights, seed {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="775" />
            <source>RNN cells: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="784" />
            <source>Simple RNN ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="785" />
            <source>{0} · H = {1} · {2} · {3}, {4} steps × {5}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="789" />
            <source>h and c</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="789" />
            <source>h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="791" />
            <source>✓ torch agrees: max |Δ| = {0:.0e}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="793" />
            <source>The numpy trace equals torch.nn.{0} run on this sequence: {1} after every step agree to {2:.1e} ({3}; tolerance {4:.0e}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="800" />
            <source>✗ differs from torch: max |Δ| = {0:.1e}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="819" />
            <source>After all {0} rows: &lt;b&gt;{1}&lt;/b&gt; ({2:.0%})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="827" />
            <source>Random weights predict nothing: choose the trained model's weights to see its class probabilities after the last row.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="830" />
            <source>This model has no output layer to read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="844" />
            <source>input gate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="844" />
            <source>forget gate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="844" />
            <location filename="../../dlviz/ui/panels/rnn.py" line="846" />
            <source>candidate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="845" />
            <source>output gate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="845" />
            <source>reset gate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="845" />
            <source>update gate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="846" />
            <source>pre-activation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="846" />
            <source>cell state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="847" />
            <source>hidden state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="876" />
            <location filename="../../dlviz/ui/panels/rnn.py" line="878" />
            <source>unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="917" />
            <source>· step t = {0} of {1} (reading row {0} of the digit)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="919" />
            <source>· step t = {0} of {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="965" />
            <source>Note: the source tutorial mixes the old and new state with the reset gate r — that is wrong. The update gate z does the mixing (h&lt;sub&gt;t&lt;/sub&gt; = (1 − z) ⊙ n + z ⊙ h&lt;sub&gt;t−1&lt;/sub&gt;); r only scales the hidden term inside the candidate n. PyTorch applies r to (W&lt;sub&gt;hn&lt;/sub&gt;h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hn&lt;/sub&gt;), the cuDNN form; Cho et al. (2014) apply it to h&lt;sub&gt;t−1&lt;/sub&gt; before W&lt;sub&gt;hn&lt;/sub&gt;.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="978" />
            <source>A simple RNN has no gates: the whole past must pass through one {0} each step, which is why long sequences fade (vanishing gradients).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="987" />
            <source>unit k = {0}, previous state h&lt;sub&gt;t−1&lt;/sub&gt;[k] = {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn.py" line="989" />
            <source>, c&lt;sub&gt;t−1&lt;/sub&gt;[k] = {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="88" />
            <source>Play / pause the animation (Convolution, Pooling, RNN cells)</source>
            <translation>播放 / 暂停动画（卷积、池化、RNN 单元）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="89" />
            <source>Step back one step</source>
            <translation>后退一步</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="90" />
            <source>Step forward one step</source>
            <translation>前进一步</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="91" />
            <source>Jump to the first step</source>
            <translation>跳到第一步</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="92" />
            <source>Jump to the last step</source>
            <translation>跳到最后一步</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="106" />
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="110" />
            <source>Shortcut</source>
            <translation>快捷键</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="110" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="120" />
            <source>Player keys work while the panel with the player has the keyboard focus.</source>
            <translation>播放器按键在带播放器的面板获得键盘焦点时有效。</translation>
        </message>
    </context>
    <context>
        <name>ValueGrid</name>
        <message>
            <location filename="../../dlviz/ui/widgets/value_grid.py" line="442" />
            <source>padding (row {0}, column {1}): {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/widgets/value_grid.py" line="445" />
            <source>row {0}, column {1}: {2}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WindowPlayerPanel</name>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="391" />
            <source>The input with its padding (hatched). The orange cells are the taps the window reads for the current output cell; click a cell to jump to the first window that covers it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="401" />
            <source>The whole output computed by this app's numpy code, compared with PyTorch's own function on the same numbers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="406" />
            <source>The output map fills one cell per step; the outlined cell is the current one. Click a cell to jump to its step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="414" />
            <source>Output size along each axis: ⌊(input + 2·padding − dilation·(kernel − 1) − 1) / stride⌋ + 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="417" />
            <source>The arithmetic of the current step, with the real numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="430" />
            <source>Export current frame as PNG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="431" />
            <source>Save the input, output and readout as they are now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="433" />
            <source>Export animation as GIF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="434" />
            <source>Save every step of the animation as an animated GIF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="436" />
            <source>PNG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="436" />
            <source>GIF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="449" />
            <source>Input</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="453" />
            <source>MNIST digit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="454" />
            <source>Example grid 7×7 (integers)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="455" />
            <source>Example grid 7×7, 3 channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="456" />
            <source>Your drawing (from Draw)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="457" />
            <source>Image file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="459" />
            <source>What the window slides over: a handwritten digit, a small grid of integers that is easy to read, your own drawing, or an image file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="465" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="471" />
            <source>Which digit of the MNIST test set to use (its position in the set)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="473" />
            <source>Random</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="474" />
            <source>Pick a random test digit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="481" />
            <source>Digit #</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="485" />
            <source>Open image…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="487" />
            <source>Load a PNG or JPEG; it is converted to grayscale and shrunk to at most {0} pixels a side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="490" />
            <source>RGB (3 channels)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="492" />
            <source>Keep the image's red, green and blue as three input channels instead of grayscale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="498" />
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="504" />
            <source>Several input channels (e.g. red, green, blue): which one the big view shows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="506" />
            <source>Show channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="515" />
            <source>Stride, padding, dilation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="519" />
            <source>Stride: how many cells the window moves per step (height, width)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="521" />
            <source>Padding: rows/columns of {0} added around the input, so windows can sit on the border</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="524" />
            <source>Dilation: the gap between the cells the window reads; 1 = neighbouring cells</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="525" />
            <source>Stride</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="526" />
            <source>Padding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="527" />
            <source>Dilation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="622" />
            <source>Open an image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="622" />
            <source>Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="643" />
            <source>{0}: {1}×{2} px, shrunk to {3}×{4}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="646" />
            <source>{0}: {1}×{2} px</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="658" />
            <source>The drawing could not be used (expected a 2-D image).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="677" />
            <source>Test digit #{0}, label {1} ({2}); pixel values 0–1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="681" />
            <source>7×7 example grid of integers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="683" />
            <source>7×7 example grid with 3 channels (like R, G, B)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="686" />
            <source>input: no drawing yet — draw a digit in the Draw panel and send it here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="687" />
            <source>Your drawing, 28×28, values 0–1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="690" />
            <source>input: no image file loaded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="779" />
            <source>Input {0}×{1}, padding {2}×{3} → {4}×{5}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="781" />
            <source>  ·  channel {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="792" />
            <source>&lt;span style='color:#5f6368'&gt;H&lt;sub&gt;out&lt;/sub&gt; = {0}&lt;br&gt;W&lt;sub&gt;out&lt;/sub&gt; = {1}&lt;br&gt;→ {2}×{3} = &lt;b&gt;{4}&lt;/b&gt; steps&lt;/span&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="815" />
            <source>Could not compare with PyTorch: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="824" />
            <source>✓ Matches torch.nn.functional.{0}: all {1} output values, largest difference {2:.1e}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="829" />
            <source>✗ Differs from torch.nn.functional.{0}: largest difference {1:.3g}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="891" />
            <source>Export frame as PNG</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="892" />
            <source>PNG image (*.png)</source>
            <translation>PNG 图像 (*.png)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="897" />
            <source>Saved {0}</source>
            <translation>已保存 {0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="899" />
            <source>Could not write {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="902" />
            <source>Export animation as GIF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="903" />
            <source>Animated GIF (*.gif)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="908" />
            <source>Rendering frames…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="908" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="909" />
            <source>Export GIF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="921" />
            <source>Could not write {0}: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/_window_player.py" line="926" />
            <source>Saved {0} ({1} frames)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <location filename="../../dlviz/ui/export.py" line="25" />
            <source>PNG image (*.png)</source>
            <translation>PNG 图像 (*.png)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/export.py" line="26" />
            <source>SVG image (*.svg)</source>
            <translation>SVG 图像 (*.svg)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/export.py" line="27" />
            <source>CSV file (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/export.py" line="28" />
            <source>GIF animation (*.gif)</source>
            <translation>GIF 动画 (*.gif)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/export.py" line="54" />
            <source>the folder {0} does not exist</source>
            <translation>文件夹 {0} 不存在</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/export.py" line="76" />
            <source>could not write {0}</source>
            <translation>无法写入 {0}</translation>
        </message>
    </context>
    <context>
        <name>PlayerControls</name>
        <message>
            <location filename="../../dlviz/ui/widgets/player.py" line="41" />
            <source>Jump to the first step (Home)</source>
            <translation>跳到第一步（Home）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/widgets/player.py" line="42" />
            <source>Step back (←)</source>
            <translation>后退一步（←）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/widgets/player.py" line="43" />
            <source>Play / pause (Space)</source>
            <translation>播放 / 暂停（空格）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/widgets/player.py" line="44" />
            <source>Step forward (→)</source>
            <translation>前进一步（→）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/widgets/player.py" line="45" />
            <source>Jump to the last step (End)</source>
            <translation>跳到最后一步（End）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/widgets/player.py" line="48" />
            <source>Scrub through every step of the animation</source>
            <translation>拖动以浏览动画的每一步</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/widgets/player.py" line="55" />
            <source> steps/s</source>
            <translation> 步/秒</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/widgets/player.py" line="56" />
            <source>Playback speed in steps per second</source>
            <translation>播放速度（每秒步数）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/widgets/player.py" line="171" />
            <source>step {0} / {1}</source>
            <translation>第 {0} / {1} 步</translation>
        </message>
    </context>
    <context>
        <name>GraphicsScene</name>
        <message>
            <location filename="pyqtgraph/GraphicsScene/GraphicsScene.py" line="102" />
            <source>Export...</source>
            <translation>导出…</translation>
        </message>
    </context>
    <context>
        <name>Form</name>
        <message>
            <location filename="pyqtgraph/GraphicsScene/exportDialogTemplate_generic.py" line="56" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="pyqtgraph/GraphicsScene/exportDialogTemplate_generic.py" line="57" />
            <source>Item to export:</source>
            <translation>要导出的项：</translation>
        </message>
        <message>
            <location filename="pyqtgraph/GraphicsScene/exportDialogTemplate_generic.py" line="58" />
            <source>Export format</source>
            <translation>导出格式</translation>
        </message>
        <message>
            <location filename="pyqtgraph/GraphicsScene/exportDialogTemplate_generic.py" line="60" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="pyqtgraph/GraphicsScene/exportDialogTemplate_generic.py" line="61" />
            <source>Export options</source>
            <translation>导出选项</translation>
        </message>
        <message>
            <location filename="pyqtgraph/GraphicsScene/exportDialogTemplate_generic.py" line="62" />
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/ViewBox/axisCtrlTemplate_generic.py" line="68" />
            <source>PyQtGraph</source>
            <translation>PyQtGraph</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/ViewBox/axisCtrlTemplate_generic.py" line="69" />
            <source>Link Axis:</source>
            <translation>关联坐标轴：</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/ViewBox/axisCtrlTemplate_generic.py" line="70" />
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Links this axis with another view. When linked, both views will display the same data range.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;把此坐标轴与另一个视图关联。关联后两个视图显示相同的数据范围。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/ViewBox/axisCtrlTemplate_generic.py" line="71" />
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Percent of data to be visible when auto-scaling. It may be useful to decrease this value for data with spiky noise.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;自动缩放时可见数据的百分比。数据有尖峰噪声时，调小此值可能有用。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/ViewBox/axisCtrlTemplate_generic.py" line="72" />
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/ViewBox/axisCtrlTemplate_generic.py" line="73" />
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Automatically resize this axis whenever the displayed data is changed.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;显示的数据变化时自动调整此坐标轴的范围。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/ViewBox/axisCtrlTemplate_generic.py" line="74" />
            <source>Auto</source>
            <translation>自动</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/ViewBox/axisCtrlTemplate_generic.py" line="75" />
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Set the range for this axis manually. This disables automatic scaling. &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;手动设置此坐标轴的范围，这会关闭自动缩放。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/ViewBox/axisCtrlTemplate_generic.py" line="76" />
            <source>Manual</source>
            <translation>手动</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/ViewBox/axisCtrlTemplate_generic.py" line="77" />
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Minimum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;此坐标轴显示的最小值。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/ViewBox/axisCtrlTemplate_generic.py" line="78" />
            <source>0</source>
            <translation>0</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/ViewBox/axisCtrlTemplate_generic.py" line="79" />
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Maximum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;此坐标轴显示的最大值。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/ViewBox/axisCtrlTemplate_generic.py" line="81" />
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Inverts the display of this axis. (+y points downward instead of upward)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;反转此坐标轴的方向（+y 朝下而不是朝上）。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/ViewBox/axisCtrlTemplate_generic.py" line="82" />
            <source>Invert Axis</source>
            <translation>反转坐标轴</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/ViewBox/axisCtrlTemplate_generic.py" line="83" />
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Enables mouse interaction (panning, scaling) for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;允许用鼠标平移、缩放此坐标轴。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/ViewBox/axisCtrlTemplate_generic.py" line="84" />
            <source>Mouse Enabled</source>
            <translation>启用鼠标</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/ViewBox/axisCtrlTemplate_generic.py" line="85" />
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will only auto-scale to data that is visible along the orthogonal axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;勾选后，此坐标轴只按另一坐标轴上可见的数据自动缩放。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/ViewBox/axisCtrlTemplate_generic.py" line="86" />
            <source>Visible Data Only</source>
            <translation>仅可见数据</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/ViewBox/axisCtrlTemplate_generic.py" line="87" />
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will automatically pan to center on the current data, but the scale along this axis will not change.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;勾选后，此坐标轴会自动平移使当前数据居中，但缩放比例不变。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/ViewBox/axisCtrlTemplate_generic.py" line="88" />
            <source>Auto Pan Only</source>
            <translation>仅自动平移</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/PlotItem/plotConfigTemplate_generic.py" line="150" />
            <source>Display averages of the curves displayed in this plot. The parameter list allows you to choose parameters to average over (if any are available).</source>
            <translation>显示此图中各曲线的平均值。可在参数列表中选择按哪些参数求平均（如果有）。</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/PlotItem/plotConfigTemplate_generic.py" line="151" />
            <source>Average</source>
            <translation>平均</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/PlotItem/plotConfigTemplate_generic.py" line="152" />
            <source>Plot only the portion of each curve that is visible. This assumes X values are uniformly spaced.</source>
            <translation>只绘制每条曲线的可见部分。假定 X 值等间距。</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/PlotItem/plotConfigTemplate_generic.py" line="153" />
            <source>Clip to View</source>
            <translation>裁剪到视图</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/PlotItem/plotConfigTemplate_generic.py" line="154" />
            <source>If multiple curves are displayed in this plot, check this box to limit the number of traces that are displayed.</source>
            <translation>此图显示多条曲线时，勾选此项可限制显示的曲线条数。</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/PlotItem/plotConfigTemplate_generic.py" line="155" />
            <source>Max Traces:</source>
            <translation>最多曲线数：</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/PlotItem/plotConfigTemplate_generic.py" line="156" />
            <source>Downsample</source>
            <translation>降采样</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/PlotItem/plotConfigTemplate_generic.py" line="157" />
            <source>Downsample by drawing a saw wave that follows the min and max of the original data. This method produces the best visual representation of the data but is slower.</source>
            <translation>用沿原始数据最小值和最大值起伏的锯齿波降采样。这种方法显示效果最好，但较慢。</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/PlotItem/plotConfigTemplate_generic.py" line="158" />
            <source>Peak</source>
            <translation>峰值</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/PlotItem/plotConfigTemplate_generic.py" line="159" />
            <source>If multiple curves are displayed in this plot, check "Max Traces" and set this value to limit the number of traces that are displayed.</source>
            <translation>此图显示多条曲线时，勾选“最多曲线数”并设置此值以限制显示的曲线条数。</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/PlotItem/plotConfigTemplate_generic.py" line="160" />
            <source>If MaxTraces is checked, remove curves from memory after they are hidden (saves memory, but traces can not be un-hidden).</source>
            <translation>勾选“最多曲线数”时，曲线被隐藏后即从内存中删除（节省内存，但无法再显示）。</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/PlotItem/plotConfigTemplate_generic.py" line="161" />
            <source>Forget hidden traces</source>
            <translation>丢弃隐藏的曲线</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/PlotItem/plotConfigTemplate_generic.py" line="162" />
            <source>Downsample by taking the mean of N samples.</source>
            <translation>取 N 个样本的均值进行降采样。</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/PlotItem/plotConfigTemplate_generic.py" line="163" />
            <source>Mean</source>
            <translation>均值</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/PlotItem/plotConfigTemplate_generic.py" line="164" />
            <source>Downsample by taking the first of N samples. This method is fastest and least accurate.</source>
            <translation>取 N 个样本中的第一个进行降采样。最快，但最不精确。</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/PlotItem/plotConfigTemplate_generic.py" line="165" />
            <source>Subsample</source>
            <translation>抽样</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/PlotItem/plotConfigTemplate_generic.py" line="166" />
            <source>Automatically downsample data based on the visible range. This assumes X values are uniformly spaced.</source>
            <translation>按可见范围自动降采样。假定 X 值等间距。</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/PlotItem/plotConfigTemplate_generic.py" line="168" />
            <source>Downsample data before plotting. (plot every Nth sample)</source>
            <translation>绘图前先降采样（每 N 个样本画一个）。</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/PlotItem/plotConfigTemplate_generic.py" line="169" />
            <source>x</source>
            <translation>x</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/PlotItem/plotConfigTemplate_generic.py" line="170" />
            <source>Log X</source>
            <translation>X 取对数</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/PlotItem/plotConfigTemplate_generic.py" line="171" />
            <source>dy/dx</source>
            <translation>dy/dx</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/PlotItem/plotConfigTemplate_generic.py" line="172" />
            <source>Y vs. Y'</source>
            <translation>Y 对 Y′</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/PlotItem/plotConfigTemplate_generic.py" line="173" />
            <source>Power Spectrum (FFT)</source>
            <translation>功率谱（FFT）</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/PlotItem/plotConfigTemplate_generic.py" line="174" />
            <source>Log Y</source>
            <translation>Y 取对数</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/PlotItem/plotConfigTemplate_generic.py" line="175" />
            <source>Subtract Mean</source>
            <translation>减去均值</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/PlotItem/plotConfigTemplate_generic.py" line="176" />
            <source>Points</source>
            <translation>数据点</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/PlotItem/plotConfigTemplate_generic.py" line="178" />
            <source>Show X Grid</source>
            <translation>显示 X 网格</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/PlotItem/plotConfigTemplate_generic.py" line="179" />
            <source>Show Y Grid</source>
            <translation>显示 Y 网格</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/PlotItem/plotConfigTemplate_generic.py" line="180" />
            <source>Opacity</source>
            <translation>不透明度</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/PlotItem/plotConfigTemplate_generic.py" line="181" />
            <source>Alpha</source>
            <translation>透明度</translation>
        </message>
    </context>
    <context>
        <name>ViewBox</name>
        <message>
            <location filename="pyqtgraph/graphicsItems/ViewBox/ViewBoxMenu.py" line="17" />
            <source>ViewBox options</source>
            <translation>视图选项</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/ViewBox/ViewBoxMenu.py" line="18" />
            <source>View All</source>
            <translation>显示全部</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/ViewBox/ViewBoxMenu.py" line="55" />
            <source>Mouse Mode</source>
            <translation>鼠标模式</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/ViewBox/ViewBoxMenu.py" line="59" />
            <source>3 button</source>
            <translation>三键模式</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/ViewBox/ViewBoxMenu.py" line="60" />
            <source>1 button</source>
            <translation>单键模式</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/ViewBox/ViewBoxMenu.py" line="26" />
            <source>axis</source>
            <translation>轴</translation>
        </message>
    </context>
    <context>
        <name>PlotItem</name>
        <message>
            <location filename="pyqtgraph/graphicsItems/PlotItem/PlotItem.py" line="231" />
            <source>Plot Options</source>
            <translation>绘图选项</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/PlotItem/PlotItem.py" line="223" />
            <source>Transforms</source>
            <translation>变换</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/PlotItem/PlotItem.py" line="224" />
            <source>Downsample</source>
            <translation>降采样</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/PlotItem/PlotItem.py" line="225" />
            <source>Average</source>
            <translation>平均</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/PlotItem/PlotItem.py" line="226" />
            <source>Alpha</source>
            <translation>透明度</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/PlotItem/PlotItem.py" line="227" />
            <source>Grid</source>
            <translation>网格</translation>
        </message>
        <message>
            <location filename="pyqtgraph/graphicsItems/PlotItem/PlotItem.py" line="228" />
            <source>Points</source>
            <translation>数据点</translation>
        </message>
    </context>
    <context>
        <name>Exporter</name>
        <message>
            <location filename="pyqtgraph/exporters/ImageExporter.py" line="32" />
            <source>width</source>
            <translation>宽度</translation>
        </message>
        <message>
            <location filename="pyqtgraph/exporters/ImageExporter.py" line="39" />
            <source>height</source>
            <translation>高度</translation>
        </message>
        <message>
            <location filename="pyqtgraph/exporters/ImageExporter.py" line="46" />
            <source>antialias</source>
            <translation>抗锯齿</translation>
        </message>
        <message>
            <location filename="pyqtgraph/exporters/ImageExporter.py" line="52" />
            <source>background</source>
            <translation>背景</translation>
        </message>
        <message>
            <location filename="pyqtgraph/exporters/ImageExporter.py" line="58" />
            <source>invertValue</source>
            <translation>反转数值</translation>
        </message>
        <message>
            <location filename="pyqtgraph/exporters/SVGExporter.py" line="55" />
            <source>scaling stroke</source>
            <translation>缩放线宽</translation>
        </message>
        <message>
            <location filename="pyqtgraph/exporters/SVGExporter.py" line="81" />
            <source>Scalable Vector Graphics</source>
            <translation>可缩放矢量图形（SVG）</translation>
        </message>
        <message>
            <location filename="pyqtgraph/exporters/CSVExporter.py" line="24" />
            <source>separator</source>
            <translation>分隔符</translation>
        </message>
        <message>
            <location filename="pyqtgraph/exporters/CSVExporter.py" line="31" />
            <source>precision</source>
            <translation>精度</translation>
        </message>
        <message>
            <location filename="pyqtgraph/exporters/CSVExporter.py" line="38" />
            <source>columnMode</source>
            <translation>列模式</translation>
        </message>
        <message>
            <location filename="pyqtgraph/exporters/PrintExporter.py" line="40" />
            <source>Print Document</source>
            <translation>打印文档</translation>
        </message>
    </context>
</TS>
