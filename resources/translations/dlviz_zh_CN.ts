<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ActivationsPanel</name>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="180" />
            <source>Activation function</source>
            <translation>激活函数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="186" />
            <source>The activation function applied to each unit's weighted sum; it makes the network non-linear.</source>
            <translation>作用在每个神经元加权和上的激活函数；它让网络成为非线性的。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="188" />
            <source>Function:</source>
            <translation>函数：</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="195" />
            <source>α: the slope for negative inputs (Leaky ReLU) or the level ELU approaches for very negative inputs (−α).</source>
            <translation>α：Leaky ReLU 在负输入处的斜率，或 ELU 在输入很负时趋近的值（−α）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="197" />
            <source>α:</source>
            <translation>α：</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="206" />
            <source>Softmax temperature T: logits are divided by T; small T sharpens the probabilities, large T flattens them.</source>
            <translation>Softmax 温度 T：logits 先除以 T；T 越小概率分布越尖锐，T 越大越平坦。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="208" />
            <source>Temperature T:</source>
            <translation>温度 T：</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="212" />
            <source>Logits: the raw scores of the last layer before softmax, 2 to 10 numbers separated by commas.</source>
            <translation>logits：最后一层在 softmax 之前的原始得分，2 到 10 个数，用逗号分隔。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="215" />
            <source>Logits z:</source>
            <translation>logits z：</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="222" />
            <source>Cursor</source>
            <translation>光标</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="230" />
            <source>The input x at which f(x) and the derivative f′(x) are read out; moving the mouse over the plot moves it too.</source>
            <translation>读取 f(x) 和导数 f′(x) 的输入 x；在图上移动鼠标也会移动它。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="232" />
            <source>x:</source>
            <translation>x：</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="235" />
            <location filename="../../dlviz/ui/panels/activations.py" line="338" />
            <source>Gradient flow through depth</source>
            <translation>梯度随深度的传播</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="240" />
            <source>Number of layers (Linear + activation) in the stack.</source>
            <translation>堆叠的层数（每层为线性层 + 激活函数）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="241" />
            <source>Layers:</source>
            <translation>层数：</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="245" />
            <source>Number of units in every layer.</source>
            <translation>每层的神经元个数。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="246" />
            <source>Units per layer:</source>
            <translation>每层神经元：</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="248" />
            <source>Auto</source>
            <translation>自动</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="249" />
            <source>Xavier (Glorot)</source>
            <translation>Xavier（Glorot）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="250" />
            <source>Kaiming (He)</source>
            <translation>Kaiming（He）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="252" />
            <source>Weight initialisation: Xavier (Glorot) keeps the variance steady for tanh and sigmoid, Kaiming (He) for the ReLU family; Auto picks the usual one for each activation.</source>
            <translation>权重初始化：Xavier（Glorot）让 tanh 和 sigmoid 各层的方差保持稳定，Kaiming（He）适用于 ReLU 一族；“自动”为每种激活函数选择常用的那一种。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="254" />
            <source>Initialisation:</source>
            <translation>初始化：</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="256" />
            <source>‖∂L/∂h‖ (layer output)</source>
            <translation>‖∂L/∂h‖（层输出）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="257" />
            <source>‖∂L/∂W‖ (weights)</source>
            <translation>‖∂L/∂W‖（权重）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="259" />
            <source>Which gradient to plot: the one backpropagated to each layer's output, or the one that updates its weights.</source>
            <translation>要绘制哪种梯度：反向传播到每层输出的梯度，或用来更新该层权重的梯度。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="260" />
            <source>Plot:</source>
            <translation>绘制：</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="263" />
            <source>Random seed of the weights, inputs and upstream gradient.</source>
            <translation>权重、输入和上游梯度的随机种子。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="264" />
            <source>Seed:</source>
            <translation>随机种子：</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="286" />
            <source>The activation f(x) and its derivative f′(x); move the mouse to read values.</source>
            <translation>激活函数 f(x) 及其导数 f′(x)；移动鼠标读取数值。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="310" />
            <source>The exact values at the cursor, computed by dlviz's numpy core.</source>
            <translation>光标处的精确数值，由 dlviz 的 numpy 核心计算。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="314" />
            <source>Softmax probabilities of the logits at temperature T (outlines: T = 1).</source>
            <translation>logits 在温度 T 下的 softmax 概率（虚线框：T = 1）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="316" />
            <source>Softmax of the logits</source>
            <translation>logits 的 softmax</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="317" />
            <source>logit index i</source>
            <translation>logit 序号 i</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="318" />
            <source>probability pᵢ</source>
            <translation>概率 pᵢ</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="336" />
            <source>Gradient norm at each layer of a deep stack at initialisation (log scale); layer 1 is next to the input.</source>
            <translation>深层堆叠网络在初始化时每一层的梯度范数（对数坐标）；第 1 层紧挨输入。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="339" />
            <source>layer (1 = next to the input)</source>
            <translation>层（1 = 紧挨输入）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="340" />
            <source>gradient norm (log scale)</source>
            <translation>梯度范数（对数坐标）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="356" />
            <source>How much the gradient shrinks or grows from the last layer back to the first.</source>
            <translation>梯度从最后一层反向传到第一层时缩小或放大了多少。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="380" />
            <source>What it does</source>
            <translation>作用</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="389" />
            <source>Regularisation: dropout and L2</source>
            <translation>正则化：Dropout 与 L2</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="392" />
            <source>&lt;b&gt;Dropout&lt;/b&gt; (rate p): during training each unit is set to 0 with probability p and the survivors are scaled by 1/(1 − p), as PyTorch's nn.Dropout does, so the network cannot rely on any single unit — a guard against overfitting. In evaluation mode (model.eval()) dropout does nothing.</source>
            <translation>&lt;b&gt;Dropout（随机失活）&lt;/b&gt;（比率 p）：训练时每个神经元以概率 p 被置为 0，保留下来的乘以 1/(1 − p)（与 PyTorch 的 nn.Dropout 相同），使网络不能依赖任何单个神经元，从而抑制过拟合。在评估模式（model.eval()）下 Dropout 不起作用。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="397" />
            <source>&lt;b&gt;L2 weight decay&lt;/b&gt; (λ) adds (λ/2)·‖w‖² to the loss, so every step also pulls each weight toward 0 by λ·w: smaller weights, a smoother function, less overfitting. In PyTorch it is the optimizer's weight_decay argument.</source>
            <translation>&lt;b&gt;L2 权重衰减&lt;/b&gt;（λ）在损失中加上 (λ/2)·‖w‖²，于是每一步还会把每个权重按 λ·w 拉向 0：权重更小、函数更平滑、过拟合更少。在 PyTorch 中它就是优化器的 weight_decay 参数。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="404" />
            <source>Try them in the Training panel →</source>
            <translation>在“训练”面板中试一试 →</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="406" />
            <source>Open the Training panel, where dropout, L2 weight decay and the activation are set before training.</source>
            <translation>打开“训练”面板，在训练前设置 Dropout、L2 权重衰减和激活函数。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="426" />
            <source>Function plot as PNG…</source>
            <translation>函数图（PNG）…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="427" />
            <source>Function plot as SVG…</source>
            <translation>函数图（SVG）…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="428" />
            <source>Softmax bars as PNG…</source>
            <translation>Softmax 柱状图（PNG）…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="429" />
            <source>Gradient flow plot as PNG…</source>
            <translation>梯度传播图（PNG）…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="430" />
            <source>Gradient flow plot as SVG…</source>
            <translation>梯度传播图（SVG）…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="431" />
            <source>Function values as CSV…</source>
            <translation>函数值（CSV）…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="432" />
            <source>Gradient norms as CSV…</source>
            <translation>梯度范数（CSV）…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="438" />
            <source>Save this plot as PNG…</source>
            <translation>将此图保存为 PNG…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="439" />
            <source>Save this plot as SVG…</source>
            <translation>将此图保存为 SVG…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="532" />
            <source>Enter 2 to 10 numbers separated by commas, e.g. 2, 1, 0.1 (the last valid logits are kept).</source>
            <translation>请输入 2 到 10 个用逗号分隔的数，例如 2, 1, 0.1（保留上一次有效的 logits）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="554" />
            <source>Softmax: p₁ as z₁ = x varies (T = {0:g})</source>
            <translation>Softmax：z₁ = x 变化时的 p₁（T = {0:g}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="556" />
            <source>{0} (α = {1:g}) and its derivative</source>
            <translation>{0}（α = {1:g}）及其导数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="558" />
            <source>{0} and its derivative</source>
            <translation>{0} 及其导数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="573" />
            <source>x = {0}    f(x) = {1}    f′(x) = {2}</source>
            <translation>x = {0}    f(x) = {1}    f′(x) = {2}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="596" />
            <source>Softmax of the logits (T = {0:g})</source>
            <translation>logits 的 softmax（T = {0:g}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="625" />
            <source>Softmax belongs to the output layer, so the stack compares the hidden-layer activations.</source>
            <translation>Softmax 用于输出层，因此这里的堆叠网络只比较隐藏层的激活函数。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="630" />
            <source>Xavier</source>
            <translation>Xavier</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="630" />
            <source>Kaiming</source>
            <translation>Kaiming</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="632" />
            <source>{0} with {1} initialisation: the gradient at layer 1 is {2} × the gradient at layer {3}.</source>
            <translation>{0}，{1} 初始化：第 1 层的梯度是第 {3} 层梯度的 {2} 倍。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="663" />
            <source>PNG image (*.png)</source>
            <translation>PNG 图像 (*.png)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="663" />
            <source>SVG image (*.svg)</source>
            <translation>SVG 图像 (*.svg)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="664" />
            <source>Save plot</source>
            <translation>保存图表</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="673" />
            <location filename="../../dlviz/ui/panels/activations.py" line="685" />
            <source>Could not save {0}: {1}</source>
            <translation>无法保存 {0}：{1}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="675" />
            <location filename="../../dlviz/ui/panels/activations.py" line="687" />
            <source>Saved {0}</source>
            <translation>已保存 {0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="691" />
            <source>Save function values</source>
            <translation>保存函数值</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="691" />
            <location filename="../../dlviz/ui/panels/activations.py" line="698" />
            <source>CSV file (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="698" />
            <source>Save gradient norms</source>
            <translation>保存梯度范数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="55" />
            <source>Sigmoid</source>
            <translation>Sigmoid</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="56" />
            <source>tanh</source>
            <translation>tanh</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="57" />
            <source>ReLU</source>
            <translation>ReLU</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="58" />
            <source>Leaky ReLU</source>
            <translation>Leaky ReLU</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="59" />
            <source>ELU</source>
            <translation>ELU</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="60" />
            <source>Softmax</source>
            <translation>Softmax</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="66" />
            <source>&lt;b&gt;Sigmoid&lt;/b&gt; σ(x) = 1 / (1 + e&lt;sup&gt;−x&lt;/sup&gt;) squashes any input into (0, 1).&lt;br&gt;&lt;b&gt;Derivative:&lt;/b&gt; σ′(x) = σ(x)(1 − σ(x)): at most 0.25 (at x = 0) and almost 0 when |x| is large — the unit &lt;i&gt;saturates&lt;/i&gt;.&lt;br&gt;&lt;b&gt;Gradients:&lt;/b&gt; backpropagation multiplies by σ′ at every layer, so the gradient shrinks at least fourfold per layer: the &lt;i&gt;vanishing gradient&lt;/i&gt; problem of deep sigmoid networks. Today sigmoid is used for gates (LSTM, GRU) and binary outputs, rarely in hidden layers.</source>
            <translation>&lt;b&gt;Sigmoid&lt;/b&gt; σ(x) = 1 / (1 + e&lt;sup&gt;−x&lt;/sup&gt;) 把任意输入压缩到 (0, 1)。&lt;br&gt;&lt;b&gt;导数：&lt;/b&gt;σ′(x) = σ(x)(1 − σ(x))：最大为 0.25（在 x = 0 处），|x| 很大时几乎为 0——神经元&lt;i&gt;饱和&lt;/i&gt;。&lt;br&gt;&lt;b&gt;梯度：&lt;/b&gt;反向传播在每一层都要乘以 σ′，所以梯度每经过一层至少缩小为四分之一：这就是深层 sigmoid 网络的&lt;i&gt;梯度消失&lt;/i&gt;问题。如今 sigmoid 主要用于门控（LSTM、GRU）和二分类输出，很少用在隐藏层。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="73" />
            <source>&lt;b&gt;tanh&lt;/b&gt;(x) = (e&lt;sup&gt;x&lt;/sup&gt; − e&lt;sup&gt;−x&lt;/sup&gt;) / (e&lt;sup&gt;x&lt;/sup&gt; + e&lt;sup&gt;−x&lt;/sup&gt;) squashes any input into (−1, 1) and is zero-centred.&lt;br&gt;&lt;b&gt;Derivative:&lt;/b&gt; tanh′(x) = 1 − tanh²(x): at most 1 (at x = 0).&lt;br&gt;&lt;b&gt;Gradients:&lt;/b&gt; near 0 it passes the gradient almost unchanged, but saturated units (|x| &gt; 2) still block it. The simple RNN's hidden state and the LSTM's candidate and output use tanh.</source>
            <translation>&lt;b&gt;tanh&lt;/b&gt;(x) = (e&lt;sup&gt;x&lt;/sup&gt; − e&lt;sup&gt;−x&lt;/sup&gt;) / (e&lt;sup&gt;x&lt;/sup&gt; + e&lt;sup&gt;−x&lt;/sup&gt;) 把任意输入压缩到 (−1, 1)，并且以零为中心。&lt;br&gt;&lt;b&gt;导数：&lt;/b&gt;tanh′(x) = 1 − tanh²(x)：最大为 1（在 x = 0 处）。&lt;br&gt;&lt;b&gt;梯度：&lt;/b&gt;在 0 附近梯度几乎原样通过，但饱和的神经元（|x| &gt; 2）仍会阻断梯度。简单 RNN 的隐藏状态以及 LSTM 的候选值和输出都使用 tanh。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="79" />
            <source>&lt;b&gt;ReLU&lt;/b&gt;(x) = max(0, x).&lt;br&gt;&lt;b&gt;Derivative:&lt;/b&gt; 1 for x &gt; 0 and 0 for x &lt; 0 (PyTorch uses 0 at x = 0).&lt;br&gt;&lt;b&gt;Gradients:&lt;/b&gt; active units pass the gradient unchanged, so a deep ReLU network with Kaiming (He) initialisation keeps a steady gradient through depth. A unit whose input is always negative gets no gradient and stops learning (a “dead ReLU”). The usual choice for the hidden layers of a CNN.</source>
            <translation>&lt;b&gt;ReLU&lt;/b&gt;(x) = max(0, x)。&lt;br&gt;&lt;b&gt;导数：&lt;/b&gt;x &gt; 0 时为 1，x &lt; 0 时为 0（PyTorch 在 x = 0 处取 0）。&lt;br&gt;&lt;b&gt;梯度：&lt;/b&gt;激活的神经元让梯度原样通过，所以采用 Kaiming（He）初始化的深层 ReLU 网络能在各层保持稳定的梯度。输入总是负数的神经元得不到梯度、停止学习（“死亡 ReLU”）。它是 CNN 隐藏层的常用选择。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="86" />
            <source>&lt;b&gt;Leaky ReLU&lt;/b&gt;(x) = x for x &gt; 0, αx otherwise.&lt;br&gt;&lt;b&gt;Derivative:&lt;/b&gt; 1 for x &gt; 0, α otherwise.&lt;br&gt;&lt;b&gt;Gradients:&lt;/b&gt; the small slope α (often 0.01) keeps some gradient flowing for negative inputs, so units cannot die.</source>
            <translation>&lt;b&gt;Leaky ReLU&lt;/b&gt;(x)：x &gt; 0 时为 x，否则为 αx。&lt;br&gt;&lt;b&gt;导数：&lt;/b&gt;x &gt; 0 时为 1，否则为 α。&lt;br&gt;&lt;b&gt;梯度：&lt;/b&gt;小斜率 α（常取 0.01）让负输入也有一点梯度流过，所以神经元不会“死亡”。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="91" />
            <source>&lt;b&gt;ELU&lt;/b&gt;(x) = x for x &gt; 0, α(e&lt;sup&gt;x&lt;/sup&gt; − 1) otherwise.&lt;br&gt;&lt;b&gt;Derivative:&lt;/b&gt; 1 for x &gt; 0, αe&lt;sup&gt;x&lt;/sup&gt; otherwise.&lt;br&gt;&lt;b&gt;Gradients:&lt;/b&gt; smooth, never exactly zero; its negative outputs (down to −α) pull the mean activation toward 0, which helps the next layer learn.</source>
            <translation>&lt;b&gt;ELU&lt;/b&gt;(x)：x &gt; 0 时为 x，否则为 α(e&lt;sup&gt;x&lt;/sup&gt; − 1)。&lt;br&gt;&lt;b&gt;导数：&lt;/b&gt;x &gt; 0 时为 1，否则为 αe&lt;sup&gt;x&lt;/sup&gt;。&lt;br&gt;&lt;b&gt;梯度：&lt;/b&gt;平滑且从不恰好为零；它的负输出（最低到 −α）把激活值的均值拉向 0，有助于下一层学习。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations.py" line="96" />
            <source>&lt;b&gt;Softmax&lt;/b&gt; turns a vector of logits z into probabilities: p&lt;sub&gt;i&lt;/sub&gt; = e&lt;sup&gt;z&lt;sub&gt;i&lt;/sub&gt;/T&lt;/sup&gt; / Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;z&lt;sub&gt;j&lt;/sub&gt;/T&lt;/sup&gt; — all positive, summing to 1.&lt;br&gt;&lt;b&gt;Temperature T:&lt;/b&gt; T &amp;lt; 1 sharpens the distribution toward the largest logit, T &amp;gt; 1 flattens it toward uniform.&lt;br&gt;&lt;b&gt;Derivative:&lt;/b&gt; ∂p&lt;sub&gt;i&lt;/sub&gt;/∂z&lt;sub&gt;j&lt;/sub&gt; = p&lt;sub&gt;i&lt;/sub&gt;(δ&lt;sub&gt;ij&lt;/sub&gt; − p&lt;sub&gt;j&lt;/sub&gt;) / T; the curve shows p&lt;sub&gt;1&lt;/sub&gt; as the first logit z&lt;sub&gt;1&lt;/sub&gt; = x varies. With the cross-entropy loss the gradient on the logits is simply p − y. Used in the output layer of a classifier.</source>
            <translation>&lt;b&gt;Softmax&lt;/b&gt; 把 logits 向量 z 变成概率：p&lt;sub&gt;i&lt;/sub&gt; = e&lt;sup&gt;z&lt;sub&gt;i&lt;/sub&gt;/T&lt;/sup&gt; / Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;z&lt;sub&gt;j&lt;/sub&gt;/T&lt;/sup&gt;——全部为正，总和为 1。&lt;br&gt;&lt;b&gt;温度 T：&lt;/b&gt;T &amp;lt; 1 使分布向最大的 logit 集中（更尖锐），T &amp;gt; 1 使分布趋于均匀（更平坦）。&lt;br&gt;&lt;b&gt;导数：&lt;/b&gt;∂p&lt;sub&gt;i&lt;/sub&gt;/∂z&lt;sub&gt;j&lt;/sub&gt; = p&lt;sub&gt;i&lt;/sub&gt;(δ&lt;sub&gt;ij&lt;/sub&gt; − p&lt;sub&gt;j&lt;/sub&gt;) / T；曲线显示第一个 logit z&lt;sub&gt;1&lt;/sub&gt; = x 变化时的 p&lt;sub&gt;1&lt;/sub&gt;。配合交叉熵损失时，logits 上的梯度就是 p − y。用于分类器的输出层。</translation>
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
        <name>ProbabilityBars</name>
        <message>
            <location filename="../../dlviz/ui/panels/draw.py" line="98" />
            <source>Softmax of the model's ten final scores: how probable the model thinks each digit is (they add up to 100 %)</source>
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
            <location filename="../../dlviz/ui/widgets/value_grid.py" line="435" />
            <source>padding (row {0}, column {1}): {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../dlviz/ui/widgets/value_grid.py" line="438" />
            <source>row {0}, column {1}: {2}</source>
            <translation type="unfinished" />
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
</TS>
