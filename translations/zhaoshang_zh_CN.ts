<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&lt;h3&gt;招商外勤 %1&lt;/h3&gt;&lt;p&gt;韶关市外驻招商人员的离线加密工作平台：客商名录、走访记录、项目线索、推介活动、资料与宣传册，每天与市招商总部同步。&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;SQLCipher %3（SQLite %4）&lt;/p&gt;</source>
        <translation>&lt;h3&gt;招商外勤 %1&lt;/h3&gt;&lt;p&gt;韶关市外驻招商人员的离线加密工作平台：客商名录、走访记录、项目线索、推介活动、资料与宣传册，每天与市招商总部同步。&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;SQLCipher %3（SQLite %4）&lt;/p&gt;</translation>
    </message>
    <message>
        <source>关于招商外勤</source>
        <translation>关于招商外勤</translation>
    </message>
</context>
<context>
    <name>AgreementWatch</name>
    <message>
        <source>%1 已采取措施：%2</source>
        <translation>%1 已采取措施：%2</translation>
    </message>
    <message>
        <source>已于 %1 报告开工</source>
        <translation>已于 %1 报告开工</translation>
    </message>
    <message>
        <source>协议未约定开工日期</source>
        <translation>协议未约定开工日期</translation>
    </message>
    <message>
        <source>约定开工日期 %1</source>
        <translation>约定开工日期 %1</translation>
    </message>
    <message>
        <source>约定 %1 开工，还有 %2 天</source>
        <translation>约定 %1 开工，还有 %2 天</translation>
    </message>
    <message>
        <source>约定 %1 开工，还有 %2 天，尚无开工报告</source>
        <translation>约定 %1 开工，还有 %2 天，尚无开工报告</translation>
    </message>
    <message>
        <source>临近期 %1 天</source>
        <translation>临近期 %1 天</translation>
    </message>
    <message>
        <source>已逾期 %1 天未开工，尚未催促：先发出提醒，提醒后满 %2 天仍无进展即触发</source>
        <translation>已逾期 %1 天未开工，尚未催促：先发出提醒，提醒后满 %2 天仍无进展即触发</translation>
    </message>
    <message>
        <source>%1 已提醒，宽限 %2 天至 %3</source>
        <translation>%1 已提醒，宽限 %2 天至 %3</translation>
    </message>
    <message>
        <source>已逾期 %1 天未开工；%2 已提醒，宽限期至 %3</source>
        <translation>已逾期 %1 天未开工；%2 已提醒，宽限期至 %3</translation>
    </message>
    <message>
        <source>约定 %1 开工，已逾期 %2 天；%3 提醒后满 %4 天仍无开工报告</source>
        <translation>约定 %1 开工，已逾期 %2 天；%3 提醒后满 %4 天仍无开工报告</translation>
    </message>
    <message>
        <source>协议未约定分期投资进度</source>
        <translation>协议未约定分期投资进度</translation>
    </message>
    <message>
        <source>最新报告 %1：累计投资 %2 万元</source>
        <translation>最新报告 %1：累计投资 %2 万元</translation>
    </message>
    <message>
        <source>约定 %1 前累计投资 %2 万元</source>
        <translation>约定 %1 前累计投资 %2 万元</translation>
    </message>
    <message>
        <source>约定 %1 前累计投资 %2 万元，但没有报送累计投资，无法判断</source>
        <translation>约定 %1 前累计投资 %2 万元，但没有报送累计投资，无法判断</translation>
    </message>
    <message>
        <source>约定 %1 前累计投资 %2 万元，实际 %3 万元，差 %4 万元（完成 %5%）</source>
        <translation>约定 %1 前累计投资 %2 万元，实际 %3 万元，差 %4 万元（完成 %5%）</translation>
    </message>
    <message>
        <source>%1 前须累计投资 %2 万元（还有 %3 天），目前 %4 万元</source>
        <translation>%1 前须累计投资 %2 万元（还有 %3 天），目前 %4 万元</translation>
    </message>
    <message>
        <source>未报送</source>
        <translation>未报送</translation>
    </message>
    <message>
        <source>累计投资已达约定进度</source>
        <translation>累计投资已达约定进度</translation>
    </message>
    <message>
        <source>尚无到期的投资进度</source>
        <translation>尚无到期的投资进度</translation>
    </message>
    <message>
        <source>尚未报告建成</source>
        <translation>尚未报告建成</translation>
    </message>
    <message>
        <source>%1 报告建成，投产期限 %2 天至 %3</source>
        <translation>%1 报告建成，投产期限 %2 天至 %3</translation>
    </message>
    <message>
        <source>设备投资承诺 %1 万元，已购 %2</source>
        <translation>设备投资承诺 %1 万元，已购 %2</translation>
    </message>
    <message>
        <source>%1 万元</source>
        <translation>%1 万元</translation>
    </message>
    <message>
        <source>已于 %1 投产</source>
        <translation>已于 %1 投产</translation>
    </message>
    <message>
        <source>已建成，须在 %1 前投产（还有 %2 天）</source>
        <translation>已建成，须在 %1 前投产（还有 %2 天）</translation>
    </message>
    <message>
        <source>已建成，投产期限至 %1</source>
        <translation>已建成，投产期限至 %1</translation>
    </message>
    <message>
        <source>%1 建成，满 %2 天仍未投产</source>
        <translation>%1 建成，满 %2 天仍未投产</translation>
    </message>
    <message>
        <source>已投产，但设备投资 %1 万元低于承诺 %2 万元</source>
        <translation>已投产，但设备投资 %1 万元低于承诺 %2 万元</translation>
    </message>
    <message>
        <source>（未报送）</source>
        <translation>（未报送）</translation>
    </message>
    <message>
        <source>已于 %1 投产，设备投资达到承诺</source>
        <translation>已于 %1 投产，设备投资达到承诺</translation>
    </message>
    <message>
        <source>协议未约定达产年份</source>
        <translation>协议未约定达产年份</translation>
    </message>
    <message>
        <source>达产年份 %1 年尚未结束</source>
        <translation>达产年份 %1 年尚未结束</translation>
    </message>
    <message>
        <source>达产年份 %1 年：约定年产值 %2 万元、年税收 %3 万元、用工 %4 人</source>
        <translation>达产年份 %1 年：约定年产值 %2 万元、年税收 %3 万元、用工 %4 人</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>达产年份 %1 年的产值、税收和用工尚未报送，无法判断</source>
        <translation>达产年份 %1 年的产值、税收和用工尚未报送，无法判断</translation>
    </message>
    <message>
        <source>%1未报送</source>
        <translation>%1未报送</translation>
    </message>
    <message>
        <source>%1：约定 %2 %3，实际 %4 %3（%5%）</source>
        <translation>%1：约定 %2 %3，实际 %4 %3（%5%）</translation>
    </message>
    <message>
        <source>%1达成 %2%</source>
        <translation>%1达成 %2%</translation>
    </message>
    <message>
        <source>年产值</source>
        <translation>年产值</translation>
    </message>
    <message>
        <source>万元</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>年税收</source>
        <translation>年税收</translation>
    </message>
    <message>
        <source>用工</source>
        <translation>用工</translation>
    </message>
    <message>
        <source>人</source>
        <translation>人</translation>
    </message>
    <message>
        <source>亩均税收 %1 万元/亩（年税收 ÷ 用地 %2 亩）</source>
        <translation>亩均税收 %1 万元/亩（年税收 ÷ 用地 %2 亩）</translation>
    </message>
    <message>
        <source>协议未约定达产指标</source>
        <translation>协议未约定达产指标</translation>
    </message>
    <message>
        <source>%1 年达产指标已达到</source>
        <translation>%1 年达产指标已达到</translation>
    </message>
    <message>
        <source>%1 年达产指标未达标（%2）：%3</source>
        <translation>%1 年达产指标未达标（%2）：%3</translation>
    </message>
    <message>
        <source>，</source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1 发现的%2已于 %3 整改</source>
        <translation>%1 发现的%2已于 %3 整改</translation>
    </message>
    <message>
        <source>%1 记录%2，尚未纠正</source>
        <translation>%1 记录%2，尚未纠正</translation>
    </message>
    <message>
        <source>%1 发现%2，未定整改期限</source>
        <translation>%1 发现%2，未定整改期限</translation>
    </message>
    <message>
        <source>%1 发现%2，整改期限 %3 已过，尚未整改完成</source>
        <translation>%1 发现%2，整改期限 %3 已过，尚未整改完成</translation>
    </message>
    <message>
        <source>%1 发现%2，整改期限 %3（还有 %4 天）</source>
        <translation>%1 发现%2，整改期限 %3（还有 %4 天）</translation>
    </message>
    <message>
        <source>没有记录其他违约</source>
        <translation>没有记录其他违约</translation>
    </message>
    <message>
        <source>没有未整改的合规问题</source>
        <translation>没有未整改的合规问题</translation>
    </message>
    <message>
        <source>最近一次履约进展报告是 %1，已 %2 天没有报送</source>
        <translation>最近一次履约进展报告是 %1，已 %2 天没有报送</translation>
    </message>
    <message>
        <source>%1 签约后 %2 天没有报送过履约进展</source>
        <translation>%1 签约后 %2 天没有报送过履约进展</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>临近</source>
        <translation>临近</translation>
    </message>
    <message>
        <source>触发</source>
        <translation>触发</translation>
    </message>
    <message>
        <source>已处置</source>
        <translation>已处置</translation>
    </message>
    <message>
        <source>签约未开工</source>
        <translation>签约未开工</translation>
    </message>
    <message>
        <source>开工未竣工</source>
        <translation>开工未竣工</translation>
    </message>
    <message>
        <source>竣工未投产</source>
        <translation>竣工未投产</translation>
    </message>
    <message>
        <source>已投产</source>
        <translation>已投产</translation>
    </message>
</context>
<context>
    <name>AgreementWatchService</name>
    <message>
        <source>协议编号</source>
        <translation>协议编号</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>县（市、区）</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>园区</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>情形</source>
        <translation>情形</translation>
    </message>
    <message>
        <source>情形名称</source>
        <translation>情形名称</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>起始日期</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>催告函 %1</source>
        <translation>催告函 %1</translation>
    </message>
    <message>
        <source>发出催告函 %1</source>
        <translation>发出催告函 %1</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>磁盘空间不足，无法写入文件。请腾出空间后重试，已有数据没有改变。</source>
        <translation>磁盘空间不足，无法写入文件。请腾出空间后重试，已有数据没有改变。</translation>
    </message>
    <message>
        <source>无法写入文件。已有数据没有改变。</source>
        <translation>无法写入文件。已有数据没有改变。</translation>
    </message>
</context>
<context>
    <name>BrochureComposer</name>
    <message>
        <source>省级园区</source>
        <translation>省级园区</translation>
    </message>
    <message>
        <source>市级园区</source>
        <translation>市级园区</translation>
    </message>
    <message>
        <source>县级园区</source>
        <translation>县级园区</translation>
    </message>
    <message>
        <source>主导产业</source>
        <translation>主导产业</translation>
    </message>
    <message>
        <source>未知的政策章节「%1」。可选：%2</source>
        <translation>未知的政策章节「%1」。可选：%2</translation>
    </message>
    <message>
        <source>联系我们</source>
        <translation>联系我们</translation>
    </message>
    <message>
        <source>韶关市招商引资工作专班 · 欢迎实地考察，全程专人服务。</source>
        <translation>韶关市招商引资工作专班 · 欢迎实地考察，全程专人服务。</translation>
    </message>
    <message>
        <source>广东 · 韶关</source>
        <translation>广东 · 韶关</translation>
    </message>
    <message>
        <source>投资韶关 · 政策指南</source>
        <translation>投资韶关 · 政策指南</translation>
    </message>
    <message>
        <source>粤北生态发展区中心城市 · 对接粤港澳大湾区</source>
        <translation>粤北生态发展区中心城市 · 对接粤港澳大湾区</translation>
    </message>
    <message>
        <source>致：%1</source>
        <translation>致：%1</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>本册为贵企业整理了韶关在用地、财税、人才、要素保障、产业链配套和项目服务方面的政策要点，并推荐与贵企业产业方向相符的园区：%1。具体条款以双方签订的投资协议为准。</source>
        <translation>本册为贵企业整理了韶关在用地、财税、人才、要素保障、产业链配套和项目服务方面的政策要点，并推荐与贵企业产业方向相符的园区：%1。具体条款以双方签订的投资协议为准。</translation>
    </message>
    <message>
        <source>宣传册生成失败。</source>
        <translation>宣传册生成失败。</translation>
    </message>
    <message>
        <source>、</source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>各位投资者</source>
        <translation>各位投资者</translation>
    </message>
    <message>
        <source>电话：%1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>邮箱：%1</source>
        <translation>邮箱：%1</translation>
    </message>
    <message>
        <source>推荐园区：</source>
        <translation>推荐园区：</translation>
    </message>
    <message>
        <source>本册内容</source>
        <translation>本册内容</translation>
    </message>
    <message>
        <source>「%1」不是图片，不能作为封面配图。</source>
        <translation>「%1」不是图片，不能作为封面配图。</translation>
    </message>
    <message>
        <source>封面配图「%1」无法读取，文件可能已损坏。</source>
        <translation>封面配图「%1」无法读取，文件可能已损坏。</translation>
    </message>
</context>
<context>
    <name>ChainMap</name>
    <message>
        <source>本地企业 %1 家、落地项目 %2 个</source>
        <translation>本地企业 %1 家、落地项目 %2 个</translation>
    </message>
    <message>
        <source>本地企业 %1 家、落地项目 %2 个，少于 %3 个，需强链</source>
        <translation>本地企业 %1 家、落地项目 %2 个，少于 %3 个，需强链</translation>
    </message>
    <message>
        <source>尚无本地企业和落地项目，只有在谈线索 %1 条</source>
        <translation>尚无本地企业和落地项目，只有在谈线索 %1 条</translation>
    </message>
    <message>
        <source>本地尚无企业、落地项目或在谈线索，需补链</source>
        <translation>本地尚无企业、落地项目或在谈线索，需补链</translation>
    </message>
    <message>
        <source>；在谈线索 %1 条</source>
        <translation>；在谈线索 %1 条</translation>
    </message>
    <message>
        <source>已覆盖</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <source>薄弱</source>
        <translation>薄弱</translation>
    </message>
    <message>
        <source>空白</source>
        <translation>空白</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>工作区文件。</source>
        <translation>工作区文件。</translation>
    </message>
    <message>
        <source>从文件第一行读取口令。</source>
        <translation>从文件第一行读取口令。</translation>
    </message>
    <message>
        <source>passwd：从文件读取新口令。</source>
        <translation>passwd：从文件读取新口令。</translation>
    </message>
    <message>
        <source>工作区口令：</source>
        <translation>工作区口令：</translation>
    </message>
    <message>
        <source>口令不符合要求：</source>
        <translation>口令不符合要求：</translation>
    </message>
    <message>
        <source>新工作区的口令：</source>
        <translation>新工作区的口令：</translation>
    </message>
    <message>
        <source>已创建加密工作区：%1</source>
        <translation>已创建加密工作区：%1</translation>
    </message>
    <message>
        <source>完整性检查发现 %1 处问题。请用备份恢复。</source>
        <translation>完整性检查发现 %1 处问题。请用备份恢复。</translation>
    </message>
    <message>
        <source>完整性检查通过：%1</source>
        <translation>完整性检查通过：%1</translation>
    </message>
    <message>
        <source>当前口令：</source>
        <translation>当前口令：</translation>
    </message>
    <message>
        <source>新口令：</source>
        <translation>新口令：</translation>
    </message>
    <message>
        <source>口令已修改。</source>
        <translation>口令已修改。</translation>
    </message>
    <message>
        <source>已备份到 %1（密钥文件 %1.key），用同一个口令打开。</source>
        <translation>已备份到 %1（密钥文件 %1.key），用同一个口令打开。</translation>
    </message>
    <message>
        <source>数据库密钥已轮换，全部数据已用新密钥重新加密。</source>
        <translation>数据库密钥已轮换，全部数据已用新密钥重新加密。</translation>
    </message>
    <message>
        <source>缺少命令。</source>
        <translation>缺少命令。</translation>
    </message>
    <message>
        <source>未知命令：%1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>显示版本。</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>要执行的命令。</source>
        <translation>要执行的命令。</translation>
    </message>
    <message>
        <source>多余的参数：%1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <source>%1 需要 --db PATH。</source>
        <translation>%1 需要 --db PATH。</translation>
    </message>
    <message>
        <source>%1 需要 --%2。</source>
        <translation>%1 需要 --%2。</translation>
    </message>
    <message>
        <source>backup、export：输出文件的位置。</source>
        <translation>backup、export：输出文件的位置。</translation>
    </message>
    <message>
        <source>demo：生成的走访记录数。</source>
        <translation>demo：生成的走访记录数。</translation>
    </message>
    <message>
        <source>demo：随机种子（相同种子生成相同数据）。</source>
        <translation>demo：随机种子（相同种子生成相同数据）。</translation>
    </message>
    <message>
        <source>import：只检查，不写入。</source>
        <translation>import：只检查，不写入。</translation>
    </message>
    <message>
        <source>search：最多返回几条。</source>
        <translation>search：最多返回几条。</translation>
    </message>
    <message>
        <source>--visits 应为 0 到 10000000 之间的整数。</source>
        <translation>--visits 应为 0 到 10000000 之间的整数。</translation>
    </message>
    <message>
        <source>search 需要查询词，例如：zhaoshang-cli search --db ws.zsdb 韶关</source>
        <translation>search 需要查询词，例如：zhaoshang-cli search --db ws.zsdb 韶关</translation>
    </message>
    <message>
        <source>无法读取文件：%1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>已导出 %1 条到 %2</source>
        <translation>已导出 %1 条到 %2</translation>
    </message>
    <message>
        <source>brochure：目标企业的 id 或名称。</source>
        <translation>brochure：目标企业的 id 或名称。</translation>
    </message>
    <message>
        <source>brochure：政策章节，如 land,tax,talent（默认全部）。</source>
        <translation>brochure：政策章节，如 land,tax,talent（默认全部）。</translation>
    </message>
    <message>
        <source>找不到企业「%1」。</source>
        <translation>找不到企业「%1」。</translation>
    </message>
    <message>
        <source>无法写入文件：%1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>宣传册已生成：%1（%2 KB，%3 毫秒）</source>
        <translation>宣传册已生成：%1（%2 KB，%3 毫秒）</translation>
    </message>
    <message>
        <source>material-import：资料名称。</source>
        <translation>material-import：资料名称。</translation>
    </message>
    <message>
        <source>material-import：发布单位。</source>
        <translation>material-import：发布单位。</translation>
    </message>
    <message>
        <source>文件太大，资料库最多接受 100 MB 的文件。</source>
        <translation>文件太大，资料库最多接受 100 MB 的文件。</translation>
    </message>
    <message>
        <source>资料库已有同一份文件：%1</source>
        <translation>资料库已有同一份文件：%1</translation>
    </message>
    <message>
        <source>已导入资料：%1（%2 页）</source>
        <translation>已导入资料：%1（%2 页）</translation>
    </message>
    <message>
        <source>enroll：总部服务器地址，如 https://hq.example:8443。</source>
        <translation>enroll：总部服务器地址，如 https://hq.example:8443。</translation>
    </message>
    <message>
        <source>enroll：总部账号（密码从标准输入读取）。</source>
        <translation>enroll：总部账号（密码从标准输入读取）。</translation>
    </message>
    <message>
        <source>enroll：总部 CA 证书文件（PEM）。</source>
        <translation>enroll：总部 CA 证书文件（PEM）。</translation>
    </message>
    <message>
        <source>enroll 需要 --user。</source>
        <translation>enroll 需要 --user。</translation>
    </message>
    <message>
        <source>无法读取 CA 证书：%1</source>
        <translation>无法读取 CA 证书：%1</translation>
    </message>
    <message>
        <source>无法读取标准输入</source>
        <translation>无法读取标准输入</translation>
    </message>
    <message>
        <source>CA 指纹：%1</source>
        <translation>CA 指纹：%1</translation>
    </message>
    <message>
        <source>import、export、get：companies、contacts、visits（export、get 还可 leads、events、materials）。</source>
        <translation>import、export、get：companies、contacts、visits（export、get 还可 leads、events、materials）。</translation>
    </message>
    <message>
        <source>--kind 可选 %1。</source>
        <translation>--kind 可选 %1。</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>import：要导入的 CSV 文件；log-visit：走访的 JSON 文件。</source>
        <translation>import：要导入的 CSV 文件；log-visit：走访的 JSON 文件。</translation>
    </message>
    <message>
        <source>move-stage：新阶段，如 inspection、negotiation、signed。</source>
        <translation>move-stage：新阶段，如 inspection、negotiation、signed。</translation>
    </message>
    <message>
        <source>move-stage：原因（退回、搁置、终止时必填）。</source>
        <translation>move-stage：原因（退回、搁置、终止时必填）。</translation>
    </message>
    <message>
        <source>无法读取走访文件：%1</source>
        <translation>无法读取走访文件：%1</translation>
    </message>
    <message>
        <source>走访文件不是一个 JSON 对象：%1</source>
        <translation>走访文件不是一个 JSON 对象：%1</translation>
    </message>
    <message>
        <source>move-stage 需要 --id。</source>
        <translation>move-stage 需要 --id。</translation>
    </message>
    <message>
        <source>get、move-stage、delete、restore：记录的 id（可重复）。</source>
        <translation>get、move-stage、delete、restore：记录的 id（可重复）。</translation>
    </message>
    <message>
        <source>merge：保留的记录的 id。</source>
        <translation>merge：保留的记录的 id。</translation>
    </message>
    <message>
        <source>merge：并入并删除的重复记录的 id。</source>
        <translation>merge：并入并删除的重复记录的 id。</translation>
    </message>
    <message>
        <source>merge：撤销这次合并（合并时输出的 merge_id）。</source>
        <translation>merge：撤销这次合并（合并时输出的 merge_id）。</translation>
    </message>
    <message>
        <source>merge 需要 --kind companies --into ID --from ID，或 --undo MERGE_ID。</source>
        <translation>merge 需要 --kind companies --into ID --from ID，或 --undo MERGE_ID。</translation>
    </message>
    <message>
        <source>merge 需要 --into 和 --from。</source>
        <translation>merge 需要 --into 和 --from。</translation>
    </message>
    <message>
        <source>brochure：封面配图（资料库中图片的 id 或名称）。</source>
        <translation>brochure：封面配图（资料库中图片的 id 或名称）。</translation>
    </message>
    <message>
        <source>资料库里没有「%1」。</source>
        <translation>资料库里没有「%1」。</translation>
    </message>
    <message>
        <source>已导入资料：%1</source>
        <translation>已导入资料：%1</translation>
    </message>
    <message>
        <source>区位示意图生成失败。</source>
        <translation>区位示意图生成失败。</translation>
    </message>
    <message>
        <source>韶关区位示意图</source>
        <translation>韶关区位示意图</translation>
    </message>
    <message>
        <source>韶关市投资促进局</source>
        <translation>韶关市投资促进局</translation>
    </message>
    <message>
        <source>区位,交通,封面配图</source>
        <translation>区位,交通,封面配图</translation>
    </message>
    <message>
        <source>--format 可选 json 或 csv。</source>
        <translation>--format 可选 json 或 csv。</translation>
    </message>
    <message>
        <source>watch：输出格式 json 或 csv。</source>
        <translation>watch：输出格式 json 或 csv。</translation>
    </message>
    <message>
        <source>--as-of 应为日期，如 2026-12-08。</source>
        <translation>--as-of 应为日期，如 2026-12-08。</translation>
    </message>
    <message>
        <source>notice：退出情形 1–6。</source>
        <translation>notice：退出情形 1–6。</translation>
    </message>
    <message>
        <source>notice 需要 --agreement 协议编号 --condition 1–6 --out F.pdf（--as-of 日期可选）。</source>
        <translation>notice 需要 --agreement 协议编号 --condition 1–6 --out F.pdf（--as-of 日期可选）。</translation>
    </message>
    <message>
        <source>watch、service：按哪一天判断（默认今天），如 2026-12-08。</source>
        <translation>watch、service：按哪一天判断（默认今天），如 2026-12-08。</translation>
    </message>
    <message>
        <source>notice、service：投资协议编号或 id。</source>
        <translation>notice、service：投资协议编号或 id。</translation>
    </message>
    <message>
        <source>service：按模板生成协议还没有的服务节点（industrial 或 leased-factory）。</source>
        <translation>service：按模板生成协议还没有的服务节点（industrial 或 leased-factory）。</translation>
    </message>
    <message>
        <source>match：项目线索的 id 或项目名称。</source>
        <translation>match：项目线索的 id 或项目名称。</translation>
    </message>
    <message>
        <source>match：列出最匹配的几处（默认 3）。</source>
        <translation>match：列出最匹配的几处（默认 3）。</translation>
    </message>
    <message>
        <source>match：也列出被排除的载体及原因。</source>
        <translation>match：也列出被排除的载体及原因。</translation>
    </message>
    <message>
        <source>match 需要 --lead 项目 [--top N，N ≥ 1] [--all]，输出格式为 json。</source>
        <translation>match 需要 --lead 项目 [--top N，N ≥ 1] [--all]，输出格式为 json。</translation>
    </message>
    <message>
        <source>reserve：用地厂房的名称或 id。</source>
        <translation>reserve：用地厂房的名称或 id。</translation>
    </message>
    <message>
        <source>reserve：取消这个项目对该载体的预留。</source>
        <translation>reserve：取消这个项目对该载体的预留。</translation>
    </message>
    <message>
        <source>notice：把催告函存入资料库并登记为处置措施；match：把推荐载体清单存入资料库并记为发给企业。</source>
        <translation>notice：把催告函存入资料库并登记为处置措施；match：把推荐载体清单存入资料库并记为发给企业。</translation>
    </message>
    <message>
        <source>招商外勤命令行工具。

命令：
  init        创建加密工作区
  verify      检查工作区完整性
  stats       以 JSON 输出工作区统计
  passwd      修改口令
  backup      备份工作区（加密）
  rotate-key  轮换数据库密钥
  demo        生成演示数据（--visits N；--kind specialists 生成跟踪服务专员名单，--kind duplicates 生成重复客商并合并一对，--kind map 把区位示意图放进资料库，--kind agreements 生成始兴县的投资协议，--kind sites 生成全市用地厂房清单，--kind site-requirements 为项目线索登记选址需求，--kind chain-example 生成产业链图谱示例）
  search      全文搜索（search 查询词）
  import      从 CSV 导入（--kind companies|contacts|visits --file F [--dry-run]）
  export      导出列表为 CSV 或 .xlsx（--kind … --out F.csv|F.xlsx）
  get         以 JSON 输出一条记录及其明细（--kind leads --id ID）
  log-visit   记录一次走访（--file visit.json，可含新企业、新联系人和发放的资料）
  move-stage  推进或退回项目线索的阶段（--id ID --stage CODE [--reason TEXT]）
  merge       合并重复记录（--kind companies --into 保留的ID --from 重复的ID；--undo MERGE_ID 撤销）
  delete      删除记录（--kind … --id ID，可多个 --id）；restore 恢复删除的记录
  brochure    为企业生成政策宣传册 PDF（--company ID --sections land,tax [--cover 图片] --out F.pdf）
  material-import  把 PDF 或图片导入加密资料库（--file F [--title T --kind policy --publisher P]）
  enroll      登记到总部（--server URL --user NAME [--ca FILE]，密码从标准输入读取）
  sync        与总部同步一次，输出 JSON 摘要
  sync-status 同步状态、冲突和被拒绝的修改（JSON）
  watch       投资协议履约监测（--as-of 日期 --format json|csv），每份协议每种退出情形一条
  notice      生成催告函 PDF（--agreement 协议编号 --condition N --out F.pdf [--record 登记为处置措施]）
  service     项目跟踪服务：服务节点、企业诉求和服务日志（JSON；--agreement 协议编号 [--as-of 日期]
              [--template industrial 按模板生成还没有的服务节点]）
  match       为项目线索的选址需求匹配用地厂房（--lead 项目 [--top 3] [--all] --format json），附理由；
              --out F.pdf 生成推荐载体清单 [--record 存入资料库并记为发给企业]
  chains      产业链图谱（JSON）：各环节已覆盖、薄弱或空白，附本地企业、落地项目和在谈线索
  reserve     为项目预留用地厂房（--site 名称 --lead 项目 [--release 取消]），同步时由总部确认，先到者持有

口令来源：--passphrase-file、环境变量 ZHAOSHANG_PASSPHRASE，或终端提示输入。</source>
        <translation>招商外勤命令行工具。

命令：
  init        创建加密工作区
  verify      检查工作区完整性
  stats       以 JSON 输出工作区统计
  passwd      修改口令
  backup      备份工作区（加密）
  rotate-key  轮换数据库密钥
  demo        生成演示数据（--visits N；--kind specialists 生成跟踪服务专员名单，--kind duplicates 生成重复客商并合并一对，--kind map 把区位示意图放进资料库，--kind agreements 生成始兴县的投资协议，--kind sites 生成全市用地厂房清单，--kind site-requirements 为项目线索登记选址需求，--kind chain-example 生成产业链图谱示例）
  search      全文搜索（search 查询词）
  import      从 CSV 导入（--kind companies|contacts|visits --file F [--dry-run]）
  export      导出列表为 CSV 或 .xlsx（--kind … --out F.csv|F.xlsx）
  get         以 JSON 输出一条记录及其明细（--kind leads --id ID）
  log-visit   记录一次走访（--file visit.json，可含新企业、新联系人和发放的资料）
  move-stage  推进或退回项目线索的阶段（--id ID --stage CODE [--reason TEXT]）
  merge       合并重复记录（--kind companies --into 保留的ID --from 重复的ID；--undo MERGE_ID 撤销）
  delete      删除记录（--kind … --id ID，可多个 --id）；restore 恢复删除的记录
  brochure    为企业生成政策宣传册 PDF（--company ID --sections land,tax [--cover 图片] --out F.pdf）
  material-import  把 PDF 或图片导入加密资料库（--file F [--title T --kind policy --publisher P]）
  enroll      登记到总部（--server URL --user NAME [--ca FILE]，密码从标准输入读取）
  sync        与总部同步一次，输出 JSON 摘要
  sync-status 同步状态、冲突和被拒绝的修改（JSON）
  watch       投资协议履约监测（--as-of 日期 --format json|csv），每份协议每种退出情形一条
  notice      生成催告函 PDF（--agreement 协议编号 --condition N --out F.pdf [--record 登记为处置措施]）
  service     项目跟踪服务：服务节点、企业诉求和服务日志（JSON；--agreement 协议编号 [--as-of 日期]
              [--template industrial 按模板生成还没有的服务节点]）
  match       为项目线索的选址需求匹配用地厂房（--lead 项目 [--top 3] [--all] --format json），附理由；
              --out F.pdf 生成推荐载体清单 [--record 存入资料库并记为发给企业]
  chains      产业链图谱（JSON）：各环节已覆盖、薄弱或空白，附本地企业、落地项目和在谈线索
  reserve     为项目预留用地厂房（--site 名称 --lead 项目 [--release 取消]），同步时由总部确认，先到者持有

口令来源：--passphrase-file、环境变量 ZHAOSHANG_PASSPHRASE，或终端提示输入。</translation>
    </message>
</context>
<context>
    <name>CompanyRepository</name>
    <message>
        <source>请填写企业名称。</source>
        <translation>请填写企业名称。</translation>
    </message>
    <message>
        <source>企业名称太长（最多 %1 个字）。</source>
        <translation>企业名称太长（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>年营业收入不能为负数。</source>
        <translation>年营业收入不能为负数。</translation>
    </message>
    <message>
        <source>企业规模无效。</source>
        <translation>企业规模无效。</translation>
    </message>
    <message>
        <source>已有相同统一社会信用代码的客商：「%1」。</source>
        <translation>已有相同统一社会信用代码的客商：「%1」。</translation>
    </message>
    <message>
        <source>已有同名客商：「%1」。</source>
        <translation>已有同名客商：「%1」。</translation>
    </message>
    <message>
        <source>找不到这条客商记录，可能已被删除。</source>
        <translation>找不到这条客商记录，可能已被删除。</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>请填写联系人姓名。</source>
        <translation>请填写联系人姓名。</translation>
    </message>
    <message>
        <source>找不到这位联系人，可能已被删除。</source>
        <translation>找不到这位联系人，可能已被删除。</translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>统一社会信用代码应为 18 位，现在是 %1 位。</source>
        <translation>统一社会信用代码应为 18 位，现在是 %1 位。</translation>
    </message>
    <message>
        <source>含有不允许的字符「%1」。统一社会信用代码只用数字和大写字母，不用 I、O、S、V、Z。</source>
        <translation>含有不允许的字符「%1」。统一社会信用代码只用数字和大写字母，不用 I、O、S、V、Z。</translation>
    </message>
    <message>
        <source>第 3–8 位是行政区划码，应为数字。</source>
        <translation>第 3–8 位是行政区划码，应为数字。</translation>
    </message>
    <message>
        <source>校验位不符：按前 17 位计算，最后一位应为「%1」。请核对是否抄错。</source>
        <translation>校验位不符：按前 17 位计算，最后一位应为「%1」。请核对是否抄错。</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>缺少必需的列「%1」。表头是：%2</source>
        <translation>缺少必需的列「%1」。表头是：%2</translation>
    </message>
    <message>
        <source>产业「%1」不在产业链目录中。</source>
        <translation>产业「%1」不在产业链目录中。</translation>
    </message>
    <message>
        <source>规模「%1」无法识别，可填微型、小型、中型、大型。</source>
        <translation>规模「%1」无法识别，可填微型、小型、中型、大型。</translation>
    </message>
    <message>
        <source>「%1」不是数字。</source>
        <translation>「%1」不是数字。</translation>
    </message>
    <message>
        <source>请填「是」或「否」。</source>
        <translation>请填「是」或「否」。</translation>
    </message>
    <message>
        <source>与第 %1 行是同一家企业，只导入一次。</source>
        <translation>与第 %1 行是同一家企业，只导入一次。</translation>
    </message>
    <message>
        <source>工作区已有「%1」，不重复导入。</source>
        <translation>工作区已有「%1」，不重复导入。</translation>
    </message>
    <message>
        <source>找不到企业「%1」，请先导入客商。</source>
        <translation>找不到企业「%1」，请先导入客商。</translation>
    </message>
    <message>
        <source>「%1」已是该企业的联系人。</source>
        <translation>「%1」已是该企业的联系人。</translation>
    </message>
    <message>
        <source>无法识别的日期「%1」，请用 2026-11-27 这样的格式。</source>
        <translation>无法识别的日期「%1」，请用 2026-11-27 这样的格式。</translation>
    </message>
    <message>
        <source>走访目的「%1」无法识别。</source>
        <translation>走访目的「%1」无法识别。</translation>
    </message>
    <message>
        <source>同一企业、同一时间、同样记录的走访已存在。</source>
        <translation>同一企业、同一时间、同样记录的走访已存在。</translation>
    </message>
    <message>
        <source>第 %1 条记录写入失败：%2 没有导入任何数据。</source>
        <translation>第 %1 条记录写入失败：%2 没有导入任何数据。</translation>
    </message>
    <message>
        <source>未知的导入类型「%1」：可选 %2。</source>
        <translation>未知的导入类型「%1」：可选 %2。</translation>
    </message>
    <message>
        <source>%1不能从 CSV 导入。</source>
        <translation>%1不能从 CSV 导入。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>文件太大（超过 64 MB），请分成几个文件导入。</source>
        <translation>文件太大（超过 64 MB），请分成几个文件导入。</translation>
    </message>
    <message>
        <source>第 %1 行：引号没有闭合，文件可能不完整。</source>
        <translation>第 %1 行：引号没有闭合，文件可能不完整。</translation>
    </message>
    <message>
        <source>文件是空的，没有表头也没有数据。</source>
        <translation>文件是空的，没有表头也没有数据。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>找不到数据库文件。</source>
        <translation>找不到数据库文件。</translation>
    </message>
    <message>
        <source>该位置已有文件，不会覆盖。</source>
        <translation>该位置已有文件，不会覆盖。</translation>
    </message>
    <message>
        <source>这是一个未加密的 SQLite 文件，不是招商外勤工作区。</source>
        <translation>这是一个未加密的 SQLite 文件，不是招商外勤工作区。</translation>
    </message>
    <message>
        <source>数据库无法解密：文件已损坏，或与它的密钥文件不匹配。</source>
        <translation>数据库无法解密：文件已损坏，或与它的密钥文件不匹配。</translation>
    </message>
    <message>
        <source>磁盘空间不足，操作已撤销，数据没有改变。请腾出空间后重试。</source>
        <translation>磁盘空间不足，操作已撤销，数据没有改变。请腾出空间后重试。</translation>
    </message>
    <message>
        <source>数据库文件已损坏。请用备份恢复。</source>
        <translation>数据库文件已损坏。请用备份恢复。</translation>
    </message>
    <message>
        <source>数据库正被另一个程序使用，请稍后再试。</source>
        <translation>数据库正被另一个程序使用，请稍后再试。</translation>
    </message>
    <message>
        <source>无法读写数据库文件。</source>
        <translation>无法读写数据库文件。</translation>
    </message>
    <message>
        <source>数据不符合约束条件。</source>
        <translation>数据不符合约束条件。</translation>
    </message>
    <message>
        <source>数据库内部错误。</source>
        <translation>数据库内部错误。</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>文档无法打开，不能打印。</source>
        <translation>文档无法打开，不能打印。</translation>
    </message>
    <message>
        <source>打印机无法开始打印。</source>
        <translation>打印机无法开始打印。</translation>
    </message>
    <message>
        <source>打印中断。</source>
        <translation>打印中断。</translation>
    </message>
</context>
<context>
    <name>EncryptedStore</name>
    <message>
        <source>该位置已有工作区，不会覆盖。</source>
        <translation>该位置已有工作区，不会覆盖。</translation>
    </message>
    <message>
        <source>工作区所在的文件夹不存在。</source>
        <translation>工作区所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>找不到工作区文件：%1</source>
        <translation>找不到工作区文件：%1</translation>
    </message>
    <message>
        <source>备份位置已有文件，不会覆盖。</source>
        <translation>备份位置已有文件，不会覆盖。</translation>
    </message>
    <message>
        <source>无法读取密钥文件。</source>
        <translation>无法读取密钥文件。</translation>
    </message>
    <message>
        <source>这个备份本身也有损坏，不能用来恢复。</source>
        <translation>这个备份本身也有损坏，不能用来恢复。</translation>
    </message>
    <message>
        <source>无法复制备份文件，请检查磁盘空间。工作区没有改变。</source>
        <translation>无法复制备份文件，请检查磁盘空间。工作区没有改变。</translation>
    </message>
    <message>
        <source>工作区文件是空的（0 字节），数据已丢失或未复制完整；请从备份恢复。</source>
        <translation>工作区文件是空的（0 字节），数据已丢失或未复制完整；请从备份恢复。</translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>请填写活动名称。</source>
        <translation>请填写活动名称。</translation>
    </message>
    <message>
        <source>请填写活动日期。</source>
        <translation>请填写活动日期。</translation>
    </message>
    <message>
        <source>请填写活动城市。</source>
        <translation>请填写活动城市。</translation>
    </message>
    <message>
        <source>请选择活动类型：推介会、经贸活动或校园招聘。</source>
        <translation>请选择活动类型：推介会、经贸活动或校园招聘。</translation>
    </message>
    <message>
        <source>找不到这场活动，可能已被删除。</source>
        <translation>找不到这场活动，可能已被删除。</translation>
    </message>
</context>
<context>
    <name>HqConnection</name>
    <message>
        <source>服务器证书与登记时的不符（公钥指纹不匹配），已拒绝连接</source>
        <translation>服务器证书与登记时的不符（公钥指纹不匹配），已拒绝连接</translation>
    </message>
    <message>
        <source>无法验证服务器证书：%1</source>
        <translation>无法验证服务器证书：%1</translation>
    </message>
    <message>
        <source>无法连接总部服务器：%1</source>
        <translation>无法连接总部服务器：%1</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>内存不足，无法计算密钥。请关闭其他程序后重试。</source>
        <translation>内存不足，无法计算密钥。请关闭其他程序后重试。</translation>
    </message>
    <message>
        <source>口令不正确。</source>
        <translation>口令不正确。</translation>
    </message>
    <message>
        <source>密钥文件已损坏，无法读取。请从备份恢复工作区及其密钥文件。</source>
        <translation>密钥文件已损坏，无法读取。请从备份恢复工作区及其密钥文件。</translation>
    </message>
    <message>
        <source>密钥文件的格式版本不受支持。请升级招商外勤。</source>
        <translation>密钥文件的格式版本不受支持。请升级招商外勤。</translation>
    </message>
    <message>
        <source>找不到工作区的密钥文件（%1）。没有它无法解密数据，请从备份恢复。</source>
        <translation>找不到工作区的密钥文件（%1）。没有它无法解密数据，请从备份恢复。</translation>
    </message>
    <message>
        <source>无法读取密钥文件。</source>
        <translation>无法读取密钥文件。</translation>
    </message>
</context>
<context>
    <name>LeadRepository</name>
    <message>
        <source>请选择线索所属的企业。</source>
        <translation>请选择线索所属的企业。</translation>
    </message>
    <message>
        <source>请填写项目名称。</source>
        <translation>请填写项目名称。</translation>
    </message>
    <message>
        <source>计划投资额不能为负数。</source>
        <translation>计划投资额不能为负数。</translation>
    </message>
    <message>
        <source>用地需求不能为负数。</source>
        <translation>用地需求不能为负数。</translation>
    </message>
    <message>
        <source>厂房面积需求不能为负数。</source>
        <translation>厂房面积需求不能为负数。</translation>
    </message>
    <message>
        <source>请选择线索来源。</source>
        <translation>请选择线索来源。</translation>
    </message>
    <message>
        <source>来源是推介活动时，请选择是哪一场活动。</source>
        <translation>来源是推介活动时，请选择是哪一场活动。</translation>
    </message>
    <message>
        <source>未知的项目阶段：%1</source>
        <translation>未知的项目阶段：%1</translation>
    </message>
    <message>
        <source>线索所属的企业或来源活动不存在，请重新选择。</source>
        <translation>线索所属的企业或来源活动不存在，请重新选择。</translation>
    </message>
    <message>
        <source>找不到这条线索，可能已被删除。</source>
        <translation>找不到这条线索，可能已被删除。</translation>
    </message>
    <message>
        <source>转为「%1」需要写明原因。</source>
        <translation>转为「%1」需要写明原因。</translation>
    </message>
    <message>
        <source>从「%1」退回「%2」需要写明原因。</source>
        <translation>从「%1」退回「%2」需要写明原因。</translation>
    </message>
</context>
<context>
    <name>LeadService</name>
    <message>
        <source>「%1」：%2</source>
        <translation>「%1」：%2</translation>
    </message>
    <message>
        <source>请填写负责人。</source>
        <translation>请填写负责人。</translation>
    </message>
</context>
<context>
    <name>ListExporter</name>
    <message>
        <source>无法写入文件：%1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>写入失败：%1</source>
        <translation>写入失败：%1</translation>
    </message>
    <message>
        <source>无法写入 .xlsx 文件：%1</source>
        <translation>无法写入 .xlsx 文件：%1</translation>
    </message>
</context>
<context>
    <name>LocalReplica</name>
    <message>
        <source>工作区缺少设备标识</source>
        <translation>工作区缺少设备标识</translation>
    </message>
    <message>
        <source>工作区的设备标识无效</source>
        <translation>工作区的设备标识无效</translation>
    </message>
    <message>
        <source>待上传的修改已损坏</source>
        <translation>待上传的修改已损坏</translation>
    </message>
    <message>
        <source>总部的记录无法保存在本机：%1</source>
        <translation>总部的记录无法保存在本机：%1</translation>
    </message>
    <message>
        <source>另一台设备的修改更晚</source>
        <translation>另一台设备的修改更晚</translation>
    </message>
    <message>
        <source>总部的修改无法保存在本机：%1</source>
        <translation>总部的修改无法保存在本机：%1</translation>
    </message>
    <message>
        <source>找不到这条冲突记录</source>
        <translation>找不到这条冲突记录</translation>
    </message>
    <message>
        <source>这个字段不能恢复</source>
        <translation>这个字段不能恢复</translation>
    </message>
</context>
<context>
    <name>LocationMap</name>
    <message>
        <source>乐昌市</source>
        <translation>乐昌市</translation>
    </message>
    <message>
        <source>南雄市</source>
        <translation>南雄市</translation>
    </message>
    <message>
        <source>仁化县</source>
        <translation>仁化县</translation>
    </message>
    <message>
        <source>始兴县</source>
        <translation>始兴县</translation>
    </message>
    <message>
        <source>乳源县</source>
        <translation>乳源县</translation>
    </message>
    <message>
        <source>武江区</source>
        <translation>武江区</translation>
    </message>
    <message>
        <source>浈江区</source>
        <translation>浈江区</translation>
    </message>
    <message>
        <source>曲江区</source>
        <translation>曲江区</translation>
    </message>
    <message>
        <source>翁源县</source>
        <translation>翁源县</translation>
    </message>
    <message>
        <source>新丰县</source>
        <translation>新丰县</translation>
    </message>
    <message>
        <source>↑ 湖南</source>
        <translation>↑ 湖南</translation>
    </message>
    <message>
        <source>江西 →</source>
        <translation>江西 →</translation>
    </message>
    <message>
        <source>↓ 广州 · 大湾区</source>
        <translation>↓ 广州 · 大湾区</translation>
    </message>
    <message>
        <source>韶关区位示意图</source>
        <translation>韶关区位示意图</translation>
    </message>
    <message>
        <source>广东北部门户 · 粤港澳大湾区连接内陆腹地的通道城市</source>
        <translation>广东北部门户 · 粤港澳大湾区连接内陆腹地的通道城市</translation>
    </message>
    <message>
        <source>韶关</source>
        <translation>韶关</translation>
    </message>
    <message>
        <source>清远</source>
        <translation>清远</translation>
    </message>
    <message>
        <source>广州</source>
        <translation>广州</translation>
    </message>
    <message>
        <source>东莞</source>
        <translation>东莞</translation>
    </message>
    <message>
        <source>深圳</source>
        <translation>深圳</translation>
    </message>
    <message>
        <source>高铁到广州约一小时</source>
        <translation>高铁到广州约一小时</translation>
    </message>
    <message>
        <source>京广高铁</source>
        <translation>京广高铁</translation>
    </message>
    <message>
        <source>京港澳高速</source>
        <translation>京港澳高速</translation>
    </message>
    <message>
        <source>区、县（市）政府驻地（红点为市中心城区）</source>
        <translation>区、县（市）政府驻地（红点为市中心城区）</translation>
    </message>
    <message>
        <source>示意图，位置为近似，不作为标准地图使用。</source>
        <translation>示意图，位置为近似，不作为标准地图使用。</translation>
    </message>
</context>
<context>
    <name>MaterialImport</name>
    <message>
        <source>导入资料</source>
        <translation>导入资料</translation>
    </message>
    <message>
        <source>如：韶关市商务局</source>
        <translation>如：韶关市商务局</translation>
    </message>
    <message>
        <source>长期有效</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>（不取代其他资料）</source>
        <translation>（不取代其他资料）</translation>
    </message>
    <message>
        <source>资料名称*</source>
        <translation>资料名称*</translation>
    </message>
    <message>
        <source>类型*</source>
        <translation>类型*</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>发布单位</source>
        <translation>发布单位</translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>取代旧版本</source>
        <translation>取代旧版本</translation>
    </message>
    <message>
        <source>PDF 与图片 (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>PDF 与图片 (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>文件太大（%1 MB），资料库最多接受 100 MB 的文件。请压缩或拆分后再导入。</source>
        <translation>文件太大（%1 MB），资料库最多接受 100 MB 的文件。请压缩或拆分后再导入。</translation>
    </message>
    <message>
        <source>无法读取文件：%1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>资料库里已有同一份文件，没有重复保存。</source>
        <translation>资料库里已有同一份文件，没有重复保存。</translation>
    </message>
    <message>
        <source>中文</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>英文</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>中英双语</source>
        <translation>中英双语</translation>
    </message>
    <message>
        <source>语言</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>MaterialRepository</name>
    <message>
        <source>请填写资料名称。</source>
        <translation>请填写资料名称。</translation>
    </message>
    <message>
        <source>请选择资料类型。</source>
        <translation>请选择资料类型。</translation>
    </message>
    <message>
        <source>有效期截止日不能早于起始日。</source>
        <translation>有效期截止日不能早于起始日。</translation>
    </message>
    <message>
        <source>文件是空的。</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>文件太大（%1 MB），资料库最多接受 100 MB 的文件。请压缩或拆分后再导入。</source>
        <translation>文件太大（%1 MB），资料库最多接受 100 MB 的文件。请压缩或拆分后再导入。</translation>
    </message>
    <message>
        <source>找不到这份资料。</source>
        <translation>找不到这份资料。</translation>
    </message>
    <message>
        <source>找不到这份资料的内容。</source>
        <translation>找不到这份资料的内容。</translation>
    </message>
    <message>
        <source>这份资料的文件还没有下载到本机（%1）。</source>
        <translation>这份资料的文件还没有下载到本机（%1）。</translation>
    </message>
    <message>
        <source>已下载</source>
        <translation>已下载</translation>
    </message>
    <message>
        <source>仅本机</source>
        <translation>仅本机</translation>
    </message>
    <message>
        <source>等待下载</source>
        <translation>等待下载</translation>
    </message>
    <message>
        <source>下载中 %1%</source>
        <translation>下载中 %1%</translation>
    </message>
    <message>
        <source>下载失败：%1</source>
        <translation>下载失败：%1</translation>
    </message>
    <message>
        <source>找不到这份资料，可能已被删除。</source>
        <translation>找不到这份资料，可能已被删除。</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>这个工作区由更新版本的招商外勤创建（数据版本 %1，本程序支持到 %2）。请先升级程序，数据没有改变。</source>
        <translation>这个工作区由更新版本的招商外勤创建（数据版本 %1，本程序支持到 %2）。请先升级程序，数据没有改变。</translation>
    </message>
    <message>
        <source>升级到数据版本 %1 时发现 %2 处失效的引用（%3），已撤销升级</source>
        <translation>升级到数据版本 %1 时发现 %2 处失效的引用（%3），已撤销升级</translation>
    </message>
</context>
<context>
    <name>NoticeComposer</name>
    <message>
        <source>%1年%2月%3日</source>
        <translation>%1年%2月%3日</translation>
    </message>
    <message>
        <source>退出情形应为 1 到 6。</source>
        <translation>退出情形应为 1 到 6。</translation>
    </message>
    <message>
        <source>找不到投资协议「%1」。</source>
        <translation>找不到投资协议「%1」。</translation>
    </message>
    <message>
        <source>协议 %1 的“%2”截至 %3 为%4，不能发催告函：%5</source>
        <translation>协议 %1 的“%2”截至 %3 为%4，不能发催告函：%5</translation>
    </message>
    <message>
        <source>%1人民政府</source>
        <translation>%1人民政府</translation>
    </message>
    <message>
        <source>%1催〔%2〕%3号</source>
        <translation>%1催〔%2〕%3号</translation>
    </message>
    <message>
        <source>贵公司于%1与我方签订的投资协议（编号：%2），%3。</source>
        <translation>贵公司于%1与我方签订的投资协议（编号：%2），%3。</translation>
    </message>
    <message>
        <source>（日期未登记）</source>
        <translation>（日期未登记）</translation>
    </message>
    <message>
        <source>经核查，截至%1：%2。具体情况如下：</source>
        <translation>经核查，截至%1：%2。具体情况如下：</translation>
    </message>
    <message>
        <source>现依据协议约定正式催告：请贵公司于%1前%2，并将落实情况书面报告%3。</source>
        <translation>现依据协议约定正式催告：请贵公司于%1前%2，并将落实情况书面报告%3。</translation>
    </message>
    <message>
        <source>联系人：项目跟踪服务专员</source>
        <translation>联系人：项目跟踪服务专员</translation>
    </message>
    <message>
        <source>联系人：%1（项目跟踪服务专员）　电话：%2</source>
        <translation>联系人：%1（项目跟踪服务专员）　电话：%2</translation>
    </message>
    <message>
        <source>催告函生成失败。</source>
        <translation>催告函生成失败。</translation>
    </message>
</context>
<context>
    <name>OfficerProfile</name>
    <message>
        <source>韶关市驻%1招商组</source>
        <translation>韶关市驻%1招商组</translation>
    </message>
    <message>
        <source>招商专员</source>
        <translation>招商专员</translation>
    </message>
    <message>
        <source>请填写您的姓名：宣传册的名片和新走访、新线索都用它。</source>
        <translation>请填写您的姓名：宣传册的名片和新走访、新线索都用它。</translation>
    </message>
    <message>
        <source>请选择驻点城市：广州、深圳、东莞或其他。</source>
        <translation>请选择驻点城市：广州、深圳、东莞或其他。</translation>
    </message>
</context>
<context>
    <name>PassphraseInput</name>
    <message>
        <source>无法读取口令文件：%1</source>
        <translation>无法读取口令文件：%1</translation>
    </message>
    <message>
        <source>口令文件是空的：%1</source>
        <translation>口令文件是空的：%1</translation>
    </message>
    <message>
        <source>环境变量 %1 是空的。</source>
        <translation>环境变量 %1 是空的。</translation>
    </message>
    <message>
        <source>再输入一次：</source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>两次输入的口令不一致。</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>需要口令：请用 --passphrase-file 或环境变量 ZHAOSHANG_PASSPHRASE 提供，或在终端中运行。</source>
        <translation>需要口令：请用 --passphrase-file 或环境变量 ZHAOSHANG_PASSPHRASE 提供，或在终端中运行。</translation>
    </message>
    <message>
        <source>没有输入口令。</source>
        <translation>没有输入口令。</translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message>
        <source>至少需要 %1 个字符（现在 %2 个）。</source>
        <translation>至少需要 %1 个字符（现在 %2 个）。</translation>
    </message>
    <message>
        <source>开头或结尾不能是空格。</source>
        <translation>开头或结尾不能是空格。</translation>
    </message>
    <message>
        <source>不能是同一个字符重复或连续的序列（如 1234567890）。</source>
        <translation>不能是同一个字符重复或连续的序列（如 1234567890）。</translation>
    </message>
    <message>
        <source>少于 %1 个字符时，请混合至少两类字符：小写字母、大写字母、数字、符号、汉字。</source>
        <translation>少于 %1 个字符时，请混合至少两类字符：小写字母、大写字母、数字、符号、汉字。</translation>
    </message>
    <message>
        <source>太常见，容易被猜到。请换一个只有您知道的短语。</source>
        <translation>太常见，容易被猜到。请换一个只有您知道的短语。</translation>
    </message>
    <message>
        <source>不可用</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>良好</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>强</source>
        <translation>强</translation>
    </message>
    <message>
        <source>很强</source>
        <translation>很强</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>无法生成 PDF。</source>
        <translation>无法生成 PDF。</translation>
    </message>
</context>
<context>
    <name>PdfInspector</name>
    <message>
        <source>文件是空的。</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>文件太大（%1 MB），资料库最多接受 100 MB 的文件。请压缩或拆分后再导入。</source>
        <translation>文件太大（%1 MB），资料库最多接受 100 MB 的文件。请压缩或拆分后再导入。</translation>
    </message>
    <message>
        <source>这个 PDF 设有打开密码。请先用原密码去除保护后再导入，以便离线时随时打开。</source>
        <translation>这个 PDF 设有打开密码。请先用原密码去除保护后再导入，以便离线时随时打开。</translation>
    </message>
    <message>
        <source>这个 PDF 已损坏或不完整，无法打开。</source>
        <translation>这个 PDF 已损坏或不完整，无法打开。</translation>
    </message>
    <message>
        <source>这张图片已损坏，无法打开。</source>
        <translation>这张图片已损坏，无法打开。</translation>
    </message>
    <message>
        <source>只能导入 PDF 文件或 PNG、JPEG 图片。</source>
        <translation>只能导入 PDF 文件或 PNG、JPEG 图片。</translation>
    </message>
</context>
<context>
    <name>ProjectService</name>
    <message>
        <source>找不到投资协议「%1」。</source>
        <translation>找不到投资协议「%1」。</translation>
    </message>
    <message>
        <source>没有名为「%1」的服务节点模板。</source>
        <translation>没有名为「%1」的服务节点模板。</translation>
    </message>
    <message>
        <source>按“%1”模板生成：%2</source>
        <translation>按“%1”模板生成：%2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>文件尚未下载</source>
        <translation>文件尚未下载</translation>
    </message>
    <message>
        <source>这份资料的文件还没有下载到本机（%1）。

已把它排到下载队列的最前面，联网并登记到总部后会自动下载，下载完成后即可打开。</source>
        <translation>这份资料的文件还没有下载到本机（%1）。

已把它排到下载队列的最前面，联网并登记到总部后会自动下载，下载完成后即可打开。</translation>
    </message>
</context>
<context>
    <name>ReclaimedLand</name>
    <message>
        <source>找不到投资协议「%1」。</source>
        <translation>找不到投资协议「%1」。</translation>
    </message>
    <message>
        <source>协议 %1 没有登记用地面积，无法把收回的土地登记进用地厂房清单。</source>
        <translation>协议 %1 没有登记用地面积，无法把收回的土地登记进用地厂房清单。</translation>
    </message>
    <message>
        <source>%1 收回地块（%2）</source>
        <translation>%1 收回地块（%2）</translation>
    </message>
    <message>
        <source>依协议收回土地 %1 亩，登记进用地厂房清单</source>
        <translation>依协议收回土地 %1 亩，登记进用地厂房清单</translation>
    </message>
    <message>
        <source>工业用地</source>
        <translation>工业用地</translation>
    </message>
    <message>
        <source>依投资协议 %1 的土地退出条款收回（%2）。原受让企业：%3；签约 %4，约定开工 %5。</source>
        <translation>依投资协议 %1 的土地退出条款收回（%2）。原受让企业：%3；签约 %4，约定开工 %5。</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>未登记</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>「%1」</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1等 %2 条</source>
        <translation>%1等 %2 条</translation>
    </message>
    <message>
        <source>删除%1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <source>删除%1%2？

删除会同步到总部和本组的其他电脑；删除后可以立即撤销（Ctrl+Z）。</source>
        <translation>删除%1%2？

删除会同步到总部和本组的其他电脑；删除后可以立即撤销（Ctrl+Z）。</translation>
    </message>
    <message>
        <source>无法删除</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>已删除%1%2。</source>
        <translation>已删除%1%2。</translation>
    </message>
    <message>
        <source>合并重复%1</source>
        <translation>合并重复%1</translation>
    </message>
    <message>
        <source>请在列表里选中两条重复的记录（按住 Ctrl 点选）再合并。</source>
        <translation>请在列表里选中两条重复的记录（按住 Ctrl 点选）再合并。</translation>
    </message>
    <message>
        <source>需要写明原因</source>
        <translation>需要写明原因</translation>
    </message>
    <message>
        <source>原因：</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>无法修改阶段</source>
        <translation>无法修改阶段</translation>
    </message>
    <message>
        <source>指定负责人</source>
        <translation>指定负责人</translation>
    </message>
    <message>
        <source>%1 条项目线索的负责人：</source>
        <translation>%1 条项目线索的负责人：</translation>
    </message>
    <message>
        <source>无法指定负责人</source>
        <translation>无法指定负责人</translation>
    </message>
    <message>
        <source>%1（名称相近）</source>
        <translation>%1（名称相近）</translation>
    </message>
    <message>
        <source>没有可以合并的其他记录。</source>
        <translation>没有可以合并的其他记录。</translation>
    </message>
    <message>
        <source>与哪一条是同一家？</source>
        <translation>与哪一条是同一家？</translation>
    </message>
</context>
<context>
    <name>RecordFormat</name>
    <message>
        <source>是</source>
        <translation>是</translation>
    </message>
    <message>
        <source>已被新版本取代</source>
        <translation>已被新版本取代</translation>
    </message>
    <message>
        <source>已过期</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>有效</translation>
    </message>
</context>
<context>
    <name>RecordImport</name>
    <message>
        <source>%1不能从 CSV 导入。</source>
        <translation>%1不能从 CSV 导入。</translation>
    </message>
    <message>
        <source>缺少必需的列「%1」。表头是：%2</source>
        <translation>缺少必需的列「%1」。表头是：%2</translation>
    </message>
    <message>
        <source>「%1」不是数字。</source>
        <translation>「%1」不是数字。</translation>
    </message>
    <message>
        <source>「%1」不是日期（如 2026-03-01）。</source>
        <translation>「%1」不是日期（如 2026-03-01）。</translation>
    </message>
    <message>
        <source>「%1」应为“是”或“否”。</source>
        <translation>「%1」应为“是”或“否”。</translation>
    </message>
    <message>
        <source>「%1」不在可选项中。</source>
        <translation>「%1」不在可选项中。</translation>
    </message>
    <message>
        <source>找不到「%1」。</source>
        <translation>找不到「%1」。</translation>
    </message>
    <message>
        <source>「%1」已经存在。</source>
        <translation>「%1」已经存在。</translation>
    </message>
</context>
<context>
    <name>RecordJson</name>
    <message>
        <source>找不到这条%1记录：%2</source>
        <translation>找不到这条%1记录：%2</translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>客商</source>
        <translation>客商</translation>
    </message>
    <message>
        <source>新建客商</source>
        <translation>新建客商</translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>企业名称（查重用）</source>
        <translation>企业名称（查重用）</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>产业</source>
        <translation>产业</translation>
    </message>
    <message>
        <source>总部城市</source>
        <translation>总部城市</translation>
    </message>
    <message>
        <source>企业规模</source>
        <translation>企业规模</translation>
    </message>
    <message>
        <source>年营业收入</source>
        <translation>年营业收入</translation>
    </message>
    <message>
        <source>万元</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>乡贤企业</source>
        <translation>乡贤企业</translation>
    </message>
    <message>
        <source>信息来源</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>年营收（万元）</source>
        <translation>年营收（万元）</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>更新时间</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>所属企业</source>
        <translation>所属企业</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>微信号</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>关系备注</source>
        <translation>关系备注</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>微信</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>推介活动</source>
        <translation>推介活动</translation>
    </message>
    <message>
        <source>活动</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>新活动</source>
        <translation>新活动</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>城市</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>活动类型</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>活动名称</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>主办方</source>
        <translation>主办方</translation>
    </message>
    <message>
        <source>使用的资料</source>
        <translation>使用的资料</translation>
    </message>
    <message>
        <source>参会企业</source>
        <translation>参会企业</translation>
    </message>
    <message>
        <source>参会人</source>
        <translation>参会人</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>带来线索</source>
        <translation>带来线索</translation>
    </message>
    <message>
        <source>资料</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>导入资料…</source>
        <translation>导入资料…</translation>
    </message>
    <message>
        <source>文件指纹（SHA-256）</source>
        <translation>文件指纹（SHA-256）</translation>
    </message>
    <message>
        <source>资料名称</source>
        <translation>资料名称</translation>
    </message>
    <message>
        <source>资料类型</source>
        <translation>资料类型</translation>
    </message>
    <message>
        <source>语言</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>发布单位</source>
        <translation>发布单位</translation>
    </message>
    <message>
        <source>有效期起</source>
        <translation>有效期起</translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>文件类型</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>文件大小</source>
        <translation>文件大小</translation>
    </message>
    <message>
        <source>页数</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>取代的旧版本</source>
        <translation>取代的旧版本</translation>
    </message>
    <message>
        <source>编制对象企业</source>
        <translation>编制对象企业</translation>
    </message>
    <message>
        <source>资料发放</source>
        <translation>资料发放</translation>
    </message>
    <message>
        <source>走访</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>发给企业</source>
        <translation>发给企业</translation>
    </message>
    <message>
        <source>发放时间</source>
        <translation>发放时间</translation>
    </message>
    <message>
        <source>发放人</source>
        <translation>发放人</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>导入时间</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>项目线索</source>
        <translation>项目线索</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>新线索</source>
        <translation>新线索</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>产业链环节</source>
        <translation>产业链环节</translation>
    </message>
    <message>
        <source>计划投资</source>
        <translation>计划投资</translation>
    </message>
    <message>
        <source>用地需求</source>
        <translation>用地需求</translation>
    </message>
    <message>
        <source>亩</source>
        <translation>亩</translation>
    </message>
    <message>
        <source>厂房需求</source>
        <translation>厂房需求</translation>
    </message>
    <message>
        <source>㎡</source>
        <translation>㎡</translation>
    </message>
    <message>
        <source>意向县（市、区）</source>
        <translation>意向县（市、区）</translation>
    </message>
    <message>
        <source>意向园区</source>
        <translation>意向园区</translation>
    </message>
    <message>
        <source>线索来源</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <source>来源说明</source>
        <translation>来源说明</translation>
    </message>
    <message>
        <source>来源活动</source>
        <translation>来源活动</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>阶段说明</source>
        <translation>阶段说明</translation>
    </message>
    <message>
        <source>阶段记录</source>
        <translation>阶段记录</translation>
    </message>
    <message>
        <source>变更时间</source>
        <translation>变更时间</translation>
    </message>
    <message>
        <source>变更原因</source>
        <translation>变更原因</translation>
    </message>
    <message>
        <source>变更人</source>
        <translation>变更人</translation>
    </message>
    <message>
        <source>计划投资（万元）</source>
        <translation>计划投资（万元）</translation>
    </message>
    <message>
        <source>用地（亩）</source>
        <translation>用地（亩）</translation>
    </message>
    <message>
        <source>意向落户地</source>
        <translation>意向落户地</translation>
    </message>
    <message>
        <source>创建时间</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>修改时间</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>新建%1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <source>新走访</source>
        <translation>新走访</translation>
    </message>
    <message>
        <source>走访时间</source>
        <translation>走访时间</translation>
    </message>
    <message>
        <source>走访城市</source>
        <translation>走访城市</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>走访人员</source>
        <translation>走访人员</translation>
    </message>
    <message>
        <source>目的</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>走访记录</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <source>成果</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>投资意向</source>
        <translation>投资意向</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>下一步期限</source>
        <translation>下一步期限</translation>
    </message>
    <message>
        <source>下一步已完成</source>
        <translation>下一步已完成</translation>
    </message>
    <message>
        <source>发放资料</source>
        <translation>发放资料</translation>
    </message>
    <message>
        <source>见到的联系人</source>
        <translation>见到的联系人</translation>
    </message>
    <message>
        <source>走访修订</source>
        <translation>走访修订</translation>
    </message>
    <message>
        <source>修订时间</source>
        <translation>修订时间</translation>
    </message>
    <message>
        <source>修订的字段</source>
        <translation>修订的字段</translation>
    </message>
    <message>
        <source>原值</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>新值</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>修订人</source>
        <translation>修订人</translation>
    </message>
    <message>
        <source>意向</source>
        <translation>意向</translation>
    </message>
    <message>
        <source>跟进日期</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>跟踪服务专员</source>
        <translation>跟踪服务专员</translation>
    </message>
    <message>
        <source>专员</source>
        <translation>专员</translation>
    </message>
    <message>
        <source>新增专员</source>
        <translation>新增专员</translation>
    </message>
    <message>
        <source>如：刘建国</source>
        <translation>如：刘建国</translation>
    </message>
    <message>
        <source>服务县（市、区）</source>
        <translation>服务县（市、区）</translation>
    </message>
    <message>
        <source>服务园区</source>
        <translation>服务园区</translation>
    </message>
    <message>
        <source>所在单位</source>
        <translation>所在单位</translation>
    </message>
    <message>
        <source>如：翁源县工业和信息化局</source>
        <translation>如：翁源县工业和信息化局</translation>
    </message>
    <message>
        <source>在岗</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>记录类别</source>
        <translation>记录类别</translation>
    </message>
    <message>
        <source>合并记录</source>
        <translation>合并记录</translation>
    </message>
    <message>
        <source>保留的记录</source>
        <translation>保留的记录</translation>
    </message>
    <message>
        <source>并入的记录</source>
        <translation>并入的记录</translation>
    </message>
    <message>
        <source>并入记录的名称</source>
        <translation>并入记录的名称</translation>
    </message>
    <message>
        <source>补全的字段</source>
        <translation>补全的字段</translation>
    </message>
    <message>
        <source>合并时间</source>
        <translation>合并时间</translation>
    </message>
    <message>
        <source>合并人</source>
        <translation>合并人</translation>
    </message>
    <message>
        <source>撤销时间</source>
        <translation>撤销时间</translation>
    </message>
    <message>
        <source>撤销人</source>
        <translation>撤销人</translation>
    </message>
    <message>
        <source>合并移动的记录</source>
        <translation>合并移动的记录</translation>
    </message>
    <message>
        <source>记录所在表</source>
        <translation>记录所在表</translation>
    </message>
    <message>
        <source>移动的记录</source>
        <translation>移动的记录</translation>
    </message>
    <message>
        <source>指向的字段</source>
        <translation>指向的字段</translation>
    </message>
    <message>
        <source>作为重复删除</source>
        <translation>作为重复删除</translation>
    </message>
    <message>
        <source>是</source>
        <translation>是</translation>
    </message>
    <message>
        <source>否</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>投资协议</source>
        <translation>投资协议</translation>
    </message>
    <message>
        <source>协议</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>登记投资协议</source>
        <translation>登记投资协议</translation>
    </message>
    <message>
        <source>协议编号</source>
        <translation>协议编号</translation>
    </message>
    <message>
        <source>如：SX-2026-003</source>
        <translation>如：SX-2026-003</translation>
    </message>
    <message>
        <source>签约招商组</source>
        <translation>签约招商组</translation>
    </message>
    <message>
        <source>签约日期</source>
        <translation>签约日期</translation>
    </message>
    <message>
        <source>落地县（市、区）</source>
        <translation>落地县（市、区）</translation>
    </message>
    <message>
        <source>园区</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>用地面积</source>
        <translation>用地面积</translation>
    </message>
    <message>
        <source>土地价款</source>
        <translation>土地价款</translation>
    </message>
    <message>
        <source>协议总投资</source>
        <translation>协议总投资</translation>
    </message>
    <message>
        <source>固定资产投资</source>
        <translation>固定资产投资</translation>
    </message>
    <message>
        <source>约定开工日期</source>
        <translation>约定开工日期</translation>
    </message>
    <message>
        <source>约定竣工日期</source>
        <translation>约定竣工日期</translation>
    </message>
    <message>
        <source>约定投产日期</source>
        <translation>约定投产日期</translation>
    </message>
    <message>
        <source>设备投资承诺</source>
        <translation>设备投资承诺</translation>
    </message>
    <message>
        <source>达产年产值</source>
        <translation>达产年产值</translation>
    </message>
    <message>
        <source>达产年税收</source>
        <translation>达产年税收</translation>
    </message>
    <message>
        <source>约定用工</source>
        <translation>约定用工</translation>
    </message>
    <message>
        <source>人</source>
        <translation>人</translation>
    </message>
    <message>
        <source>达产年份</source>
        <translation>达产年份</translation>
    </message>
    <message>
        <source>享受的优惠政策</source>
        <translation>享受的优惠政策</translation>
    </message>
    <message>
        <source>一事一议条款</source>
        <translation>一事一议条款</translation>
    </message>
    <message>
        <source>投资进度约定</source>
        <translation>投资进度约定</translation>
    </message>
    <message>
        <source>新增投资进度</source>
        <translation>新增投资进度</translation>
    </message>
    <message>
        <source>到期日期</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>累计投资</source>
        <translation>累计投资</translation>
    </message>
    <message>
        <source>履约进展</source>
        <translation>履约进展</translation>
    </message>
    <message>
        <source>登记履约进展</source>
        <translation>登记履约进展</translation>
    </message>
    <message>
        <source>报告日期</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <source>累计固定资产投资</source>
        <translation>累计固定资产投资</translation>
    </message>
    <message>
        <source>建设状态</source>
        <translation>建设状态</translation>
    </message>
    <message>
        <source>已购设备</source>
        <translation>已购设备</translation>
    </message>
    <message>
        <source>已投产</source>
        <translation>已投产</translation>
    </message>
    <message>
        <source>年产值</source>
        <translation>年产值</translation>
    </message>
    <message>
        <source>年税收</source>
        <translation>年税收</translation>
    </message>
    <message>
        <source>用工人数</source>
        <translation>用工人数</translation>
    </message>
    <message>
        <source>佐证材料</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>处置记录</source>
        <translation>处置记录</translation>
    </message>
    <message>
        <source>登记处置措施</source>
        <translation>登记处置措施</translation>
    </message>
    <message>
        <source>措施</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>针对情形</source>
        <translation>针对情形</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>合规问题</source>
        <translation>合规问题</translation>
    </message>
    <message>
        <source>登记合规问题</source>
        <translation>登记合规问题</translation>
    </message>
    <message>
        <source>发现日期</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>整改完成日期</source>
        <translation>整改完成日期</translation>
    </message>
    <message>
        <source>字节</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>服务节点</source>
        <translation>服务节点</translation>
    </message>
    <message>
        <source>新增服务节点</source>
        <translation>新增服务节点</translation>
    </message>
    <message>
        <source>服务阶段</source>
        <translation>服务阶段</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>如：建筑工程施工许可</source>
        <translation>如：建筑工程施工许可</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>如：县住房和城乡建设局</source>
        <translation>如：县住房和城乡建设局</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>办理状态</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <source>完成日期</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>岗位需求</source>
        <translation>岗位需求</translation>
    </message>
    <message>
        <source>人员需求：如 普工、技术员</source>
        <translation>人员需求：如 普工、技术员</translation>
    </message>
    <message>
        <source>需求人数</source>
        <translation>需求人数</translation>
    </message>
    <message>
        <source>堵点</source>
        <translation>堵点</translation>
    </message>
    <message>
        <source>企业诉求</source>
        <translation>企业诉求</translation>
    </message>
    <message>
        <source>登记企业诉求</source>
        <translation>登记企业诉求</translation>
    </message>
    <message>
        <source>提出日期</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>诉求内容</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <source>如：协调 10 kV 专线接入时间</source>
        <translation>如：协调 10 kV 专线接入时间</translation>
    </message>
    <message>
        <source>承办部门</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <source>如：供电局</source>
        <translation>如：供电局</translation>
    </message>
    <message>
        <source>答复情况</source>
        <translation>答复情况</translation>
    </message>
    <message>
        <source>答复日期</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>服务日志</source>
        <translation>服务日志</translation>
    </message>
    <message>
        <source>记录服务</source>
        <translation>记录服务</translation>
    </message>
    <message>
        <source>服务日期</source>
        <translation>服务日期</translation>
    </message>
    <message>
        <source>服务方式</source>
        <translation>服务方式</translation>
    </message>
    <message>
        <source>服务内容</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>用地厂房</source>
        <translation>用地厂房</translation>
    </message>
    <message>
        <source>载体</source>
        <translation>载体</translation>
    </message>
    <message>
        <source>登记用地厂房</source>
        <translation>登记用地厂房</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>如：始兴园区 3 号标准厂房</source>
        <translation>如：始兴园区 3 号标准厂房</translation>
    </message>
    <message>
        <source>县（市、区）</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>如：园区大道与兴业路交汇处东北角</source>
        <translation>如：园区大道与兴业路交汇处东北角</translation>
    </message>
    <message>
        <source>纬度</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>经度</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>建筑面积</source>
        <translation>建筑面积</translation>
    </message>
    <message>
        <source>层数</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>楼面荷载</source>
        <translation>楼面荷载</translation>
    </message>
    <message>
        <source>吨/㎡</source>
        <translation>吨/㎡</translation>
    </message>
    <message>
        <source>层高</source>
        <translation>层高</translation>
    </message>
    <message>
        <source>米</source>
        <translation>米</translation>
    </message>
    <message>
        <source>供电容量</source>
        <translation>供电容量</translation>
    </message>
    <message>
        <source>千伏安</source>
        <translation>千伏安</translation>
    </message>
    <message>
        <source>供水能力</source>
        <translation>供水能力</translation>
    </message>
    <message>
        <source>吨/日</source>
        <translation>吨/日</translation>
    </message>
    <message>
        <source>污水处理</source>
        <translation>污水处理</translation>
    </message>
    <message>
        <source>集中供热</source>
        <translation>集中供热</translation>
    </message>
    <message>
        <source>用地性质</source>
        <translation>用地性质</translation>
    </message>
    <message>
        <source>如：工业用地（M2）</source>
        <translation>如：工业用地（M2）</translation>
    </message>
    <message>
        <source>租金或价格</source>
        <translation>租金或价格</translation>
    </message>
    <message>
        <source>用地：万元/亩；厂房：元/㎡·月</source>
        <translation>用地：万元/亩；厂房：元/㎡·月</translation>
    </message>
    <message>
        <source>权属企业</source>
        <translation>权属企业</translation>
    </message>
    <message>
        <source>闲置起始日期</source>
        <translation>闲置起始日期</translation>
    </message>
    <message>
        <source>闲置原因</source>
        <translation>闲置原因</translation>
    </message>
    <message>
        <source>盘活方式</source>
        <translation>盘活方式</translation>
    </message>
    <message>
        <source>选址需求</source>
        <translation>选址需求</translation>
    </message>
    <message>
        <source>登记选址需求</source>
        <translation>登记选址需求</translation>
    </message>
    <message>
        <source>需求类型</source>
        <translation>需求类型</translation>
    </message>
    <message>
        <source>最小面积</source>
        <translation>最小面积</translation>
    </message>
    <message>
        <source>用地按亩，厂房按平方米</source>
        <translation>用地按亩，厂房按平方米</translation>
    </message>
    <message>
        <source>最大面积</source>
        <translation>最大面积</translation>
    </message>
    <message>
        <source>供电需求</source>
        <translation>供电需求</translation>
    </message>
    <message>
        <source>用水需求</source>
        <translation>用水需求</translation>
    </message>
    <message>
        <source>需要污水处理</source>
        <translation>需要污水处理</translation>
    </message>
    <message>
        <source>需要集中供热</source>
        <translation>需要集中供热</translation>
    </message>
    <message>
        <source>楼面荷载需求</source>
        <translation>楼面荷载需求</translation>
    </message>
    <message>
        <source>层高需求</source>
        <translation>层高需求</translation>
    </message>
    <message>
        <source>预算</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>意向县区</source>
        <translation>意向县区</translation>
    </message>
    <message>
        <source>可填多个，用“、”分隔，如：始兴县、翁源县</source>
        <translation>可填多个，用“、”分隔，如：始兴县、翁源县</translation>
    </message>
    <message>
        <source>需要时间</source>
        <translation>需要时间</translation>
    </message>
    <message>
        <source>载体预留</source>
        <translation>载体预留</translation>
    </message>
    <message>
        <source>预留载体</source>
        <translation>预留载体</translation>
    </message>
    <message>
        <source>预留人</source>
        <translation>预留人</translation>
    </message>
    <message>
        <source>预留日期</source>
        <translation>预留日期</translation>
    </message>
    <message>
        <source>可见范围</source>
        <translation>可见范围</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>（未填）</source>
        <translation>（未填）</translation>
    </message>
</context>
<context>
    <name>RecordMerge</name>
    <message>
        <source>找不到这条%1记录，可能已被合并或删除。</source>
        <translation>找不到这条%1记录，可能已被合并或删除。</translation>
    </message>
    <message>
        <source>不能把一条记录合并到它自己。</source>
        <translation>不能把一条记录合并到它自己。</translation>
    </message>
    <message>
        <source>找不到这次合并。</source>
        <translation>找不到这次合并。</translation>
    </message>
    <message>
        <source>这次合并已经撤销过了。</source>
        <translation>这次合并已经撤销过了。</translation>
    </message>
    <message>
        <source>这个版本不认识这类记录（%1），无法撤销。</source>
        <translation>这个版本不认识这类记录（%1），无法撤销。</translation>
    </message>
    <message>
        <source>无法撤销：被合并的%1与现有记录冲突（例如统一社会信用代码相同，两条记录不能同时存在）。</source>
        <translation>无法撤销：被合并的%1与现有记录冲突（例如统一社会信用代码相同，两条记录不能同时存在）。</translation>
    </message>
</context>
<context>
    <name>RecordOverview</name>
    <message>
        <source>并入了另一条记录</source>
        <translation>并入了另一条记录</translation>
    </message>
    <message>
        <source>并入了重复记录「%1」</source>
        <translation>并入了重复记录「%1」</translation>
    </message>
    <message>
        <source>（已撤销）</source>
        <translation>（已撤销）</translation>
    </message>
    <message>
        <source>合并</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>移动了 %1 条记录</source>
        <translation>移动了 %1 条记录</translation>
    </message>
</context>
<context>
    <name>RecordRemoval</name>
    <message>
        <source>%1 条%2</source>
        <translation>%1 条%2</translation>
    </message>
    <message>
        <source>“%1”还有%2指向它，不能删除。重复的记录请用“合并”，它会把这些记录移到保留的一条上。</source>
        <translation>“%1”还有%2指向它，不能删除。重复的记录请用“合并”，它会把这些记录移到保留的一条上。</translation>
    </message>
    <message>
        <source>无法恢复：已有另一条%1与它冲突（例如统一社会信用代码相同）。</source>
        <translation>无法恢复：已有另一条%1与它冲突（例如统一社会信用代码相同）。</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>请填写%1。</source>
        <translation>请填写%1。</translation>
    </message>
    <message>
        <source>%1应为不小于 0 的数字。</source>
        <translation>%1应为不小于 0 的数字。</translation>
    </message>
    <message>
        <source>%1不是有效的日期（如 2026-12-02）。</source>
        <translation>%1不是有效的日期（如 2026-12-02）。</translation>
    </message>
    <message>
        <source>%1“%2”不在目录中，请重新选择。</source>
        <translation>%1“%2”不在目录中，请重新选择。</translation>
    </message>
    <message>
        <source>找不到这条%1记录，可能已被删除。</source>
        <translation>找不到这条%1记录，可能已被删除。</translation>
    </message>
    <message>
        <source>这类记录没有标题。</source>
        <translation>这类记录没有标题。</translation>
    </message>
    <message>
        <source>找不到这条记录。</source>
        <translation>找不到这条记录。</translation>
    </message>
    <message>
        <source>找不到所属的%1。</source>
        <translation>找不到所属的%1。</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>广州</source>
        <translation>广州</translation>
    </message>
    <message>
        <source>深圳</source>
        <translation>深圳</translation>
    </message>
    <message>
        <source>东莞</source>
        <translation>东莞</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>微型</source>
        <translation>微型</translation>
    </message>
    <message>
        <source>小型</source>
        <translation>小型</translation>
    </message>
    <message>
        <source>中型</source>
        <translation>中型</translation>
    </message>
    <message>
        <source>大型</source>
        <translation>大型</translation>
    </message>
    <message>
        <source>低</source>
        <translation>低</translation>
    </message>
    <message>
        <source>中</source>
        <translation>中</translation>
    </message>
    <message>
        <source>高</source>
        <translation>高</translation>
    </message>
    <message>
        <source>未判断</source>
        <translation>未判断</translation>
    </message>
    <message>
        <source>驻点招商组</source>
        <translation>驻点招商组</translation>
    </message>
    <message>
        <source>企业推荐（以商引商）</source>
        <translation>企业推荐（以商引商）</translation>
    </message>
    <message>
        <source>招商经纪人/代理机构</source>
        <translation>招商经纪人/代理机构</translation>
    </message>
    <message>
        <source>异地商会</source>
        <translation>异地商会</translation>
    </message>
    <message>
        <source>乡贤</source>
        <translation>乡贤</translation>
    </message>
    <message>
        <source>推介活动</source>
        <translation>推介活动</translation>
    </message>
    <message>
        <source>推介会</source>
        <translation>推介会</translation>
    </message>
    <message>
        <source>经贸活动</source>
        <translation>经贸活动</translation>
    </message>
    <message>
        <source>校园招聘</source>
        <translation>校园招聘</translation>
    </message>
    <message>
        <source>政策文件</source>
        <translation>政策文件</translation>
    </message>
    <message>
        <source>园区介绍</source>
        <translation>园区介绍</translation>
    </message>
    <message>
        <source>宣传册</source>
        <translation>宣传册</translation>
    </message>
    <message>
        <source>项目推介</source>
        <translation>项目推介</translation>
    </message>
    <message>
        <source>地图与图片</source>
        <translation>地图与图片</translation>
    </message>
</context>
<context>
    <name>SeedCatalog</name>
    <message>
        <source>缺少参考数据文件：%1</source>
        <translation>缺少参考数据文件：%1</translation>
    </message>
    <message>
        <source>参考数据文件格式错误：%1</source>
        <translation>参考数据文件格式错误：%1</translation>
    </message>
</context>
<context>
    <name>ServicePlan</name>
    <message>
        <source>签约日期</source>
        <translation>签约日期</translation>
    </message>
    <message>
        <source>约定开工日期</source>
        <translation>约定开工日期</translation>
    </message>
    <message>
        <source>约定竣工日期</source>
        <translation>约定竣工日期</translation>
    </message>
    <message>
        <source>约定投产日期</source>
        <translation>约定投产日期</translation>
    </message>
    <message>
        <source>达产年份年末</source>
        <translation>达产年份年末</translation>
    </message>
    <message>
        <source>%1 前 %2 天</source>
        <translation>%1 前 %2 天</translation>
    </message>
    <message>
        <source>%1 后 %2 天</source>
        <translation>%1 后 %2 天</translation>
    </message>
    <message>
        <source>协议未约定%1，期限待定</source>
        <translation>协议未约定%1，期限待定</translation>
    </message>
    <message>
        <source>；人数 = 约定用工 %1 人 × %2%</source>
        <translation>；人数 = 约定用工 %1 人 × %2%</translation>
    </message>
    <message>
        <source>期限 %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>未定期限</source>
        <translation>未定期限</translation>
    </message>
    <message>
        <source>已完成（提前 %1 天）</source>
        <translation>已完成（提前 %1 天）</translation>
    </message>
    <message>
        <source>已完成（逾期 %1 天）</source>
        <translation>已完成（逾期 %1 天）</translation>
    </message>
    <message>
        <source>按期完成</source>
        <translation>按期完成</translation>
    </message>
    <message>
        <source>%1，%2 完成</source>
        <translation>%1，%2 完成</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>%1 完成</source>
        <translation>%1 完成</translation>
    </message>
    <message>
        <source>受阻</source>
        <translation>受阻</translation>
    </message>
    <message>
        <source>%1，截至 %2</source>
        <translation>%1，截至 %2</translation>
    </message>
    <message>
        <source>受阻，逾期 %1 天</source>
        <translation>受阻，逾期 %1 天</translation>
    </message>
    <message>
        <source>逾期 %1 天</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <source>受阻，今天到期</source>
        <translation>受阻，今天到期</translation>
    </message>
    <message>
        <source>受阻，%1 天后到期</source>
        <translation>受阻，%1 天后到期</translation>
    </message>
    <message>
        <source>今天到期</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>%1 天后到期</source>
        <translation>%1 天后到期</translation>
    </message>
    <message>
        <source>%1 天答复（超过 %2 天）</source>
        <translation>%1 天答复（超过 %2 天）</translation>
    </message>
    <message>
        <source>%1 天答复</source>
        <translation>%1 天答复</translation>
    </message>
    <message>
        <source>已等待 %1 天（超过 %2 天）</source>
        <translation>已等待 %1 天（超过 %2 天）</translation>
    </message>
    <message>
        <source>已等待 %1 天</source>
        <translation>已等待 %1 天</translation>
    </message>
    <message>
        <source>服务节点 %1 项：已完成 %2，逾期 %3，受阻 %4，临近 %5</source>
        <translation>服务节点 %1 项：已完成 %2，逾期 %3，受阻 %4，临近 %5</translation>
    </message>
    <message>
        <source>；企业诉求 %1 件：未答复 %2，超时 %3</source>
        <translation>；企业诉求 %1 件：未答复 %2，超时 %3</translation>
    </message>
    <message>
        <source>，平均 %1 天答复（%2 件已答复共 %3 天）</source>
        <translation>，平均 %1 天答复（%2 件已答复共 %3 天）</translation>
    </message>
</context>
<context>
    <name>SiteListComposer</name>
    <message>
        <source>推荐载体清单 · %1</source>
        <translation>推荐载体清单 · %1</translation>
    </message>
    <message>
        <source>亩</source>
        <translation>亩</translation>
    </message>
    <message>
        <source>平方米</source>
        <translation>平方米</translation>
    </message>
    <message>
        <source>项目需要用地</source>
        <translation>项目需要用地</translation>
    </message>
    <message>
        <source>项目需要厂房</source>
        <translation>项目需要厂房</translation>
    </message>
    <message>
        <source>面积 %1 至 %2 %3</source>
        <translation>面积 %1 至 %2 %3</translation>
    </message>
    <message>
        <source>供电 %1 千伏安</source>
        <translation>供电 %1 千伏安</translation>
    </message>
    <message>
        <source>用水 %1 吨/日</source>
        <translation>用水 %1 吨/日</translation>
    </message>
    <message>
        <source>需要污水处理</source>
        <translation>需要污水处理</translation>
    </message>
    <message>
        <source>需要集中供热</source>
        <translation>需要集中供热</translation>
    </message>
    <message>
        <source>意向%1</source>
        <translation>意向%1</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>面积</source>
        <translation>面积</translation>
    </message>
    <message>
        <source> 亩</source>
        <translation> 亩</translation>
    </message>
    <message>
        <source> 平方米</source>
        <translation> 平方米</translation>
    </message>
    <message>
        <source>供电容量</source>
        <translation>供电容量</translation>
    </message>
    <message>
        <source> 千伏安</source>
        <translation> 千伏安</translation>
    </message>
    <message>
        <source>供水能力</source>
        <translation>供水能力</translation>
    </message>
    <message>
        <source> 吨/日</source>
        <translation> 吨/日</translation>
    </message>
    <message>
        <source>配套</source>
        <translation>配套</translation>
    </message>
    <message>
        <source>有污水处理</source>
        <translation>有污水处理</translation>
    </message>
    <message>
        <source>无污水处理</source>
        <translation>无污水处理</translation>
    </message>
    <message>
        <source>有集中供热</source>
        <translation>有集中供热</translation>
    </message>
    <message>
        <source>无集中供热</source>
        <translation>无集中供热</translation>
    </message>
    <message>
        <source>租金或价格</source>
        <translation>租金或价格</translation>
    </message>
    <message>
        <source>面议</source>
        <translation>面议</translation>
    </message>
    <message>
        <source> 万元/亩</source>
        <translation> 万元/亩</translation>
    </message>
    <message>
        <source> 元/平方米·月</source>
        <translation> 元/平方米·月</translation>
    </message>
    <message>
        <source>详细位置</source>
        <translation>详细位置</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>符合与不足：</source>
        <translation>符合与不足：</translation>
    </message>
    <message>
        <source>全市清单中没有符合「%1」需求的可供载体。</source>
        <translation>全市清单中没有符合「%1」需求的可供载体。</translation>
    </message>
    <message>
        <source>为「%1」推荐的用地和厂房</source>
        <translation>为「%1」推荐的用地和厂房</translation>
    </message>
    <message>
        <source>%1 · 韶关市招商引资 · %2</source>
        <translation>%1 · 韶关市招商引资 · %2</translation>
    </message>
    <message>
        <source>以上载体来自韶关市用地厂房清单，截至%1；匹配度按面积、供电、供水、配套、价格、产业定位和意向县区逐项计算，具体以园区现场核实为准。%2</source>
        <translation>以上载体来自韶关市用地厂房清单，截至%1；匹配度按面积、供电、供水、配套、价格、产业定位和意向县区逐项计算，具体以园区现场核实为准。%2</translation>
    </message>
    <message>
        <source>联系人：%1。</source>
        <translation>联系人：%1。</translation>
    </message>
    <message>
        <source>推荐载体清单生成失败。</source>
        <translation>推荐载体清单生成失败。</translation>
    </message>
</context>
<context>
    <name>SiteMatch</name>
    <message>
        <source>%1：权重 %2 × %3 = %4</source>
        <translation>%1：权重 %2 × %3 = %4</translation>
    </message>
    <message>
        <source>未登记%1</source>
        <translation>未登记%1</translation>
    </message>
    <message>
        <source>%1 %2 %3，满足需求 %4 %3</source>
        <translation>%1 %2 %3，满足需求 %4 %3</translation>
    </message>
    <message>
        <source>%1差 %2 %3（需 %4，现有 %5）</source>
        <translation>%1差 %2 %3（需 %4，现有 %5）</translation>
    </message>
    <message>
        <source>得分 = 100 × %1 ÷ %2 = %3</source>
        <translation>得分 = 100 × %1 ÷ %2 = %3</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>当前%1，不可供</source>
        <translation>当前%1，不可供</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>这是厂房，项目需要用地</source>
        <translation>这是厂房，项目需要用地</translation>
    </message>
    <message>
        <source>这是用地，项目需要厂房</source>
        <translation>这是用地，项目需要厂房</translation>
    </message>
    <message>
        <source>亩</source>
        <translation>亩</translation>
    </message>
    <message>
        <source>㎡</source>
        <translation>㎡</translation>
    </message>
    <message>
        <source>用地面积</source>
        <translation>用地面积</translation>
    </message>
    <message>
        <source>建筑面积</source>
        <translation>建筑面积</translation>
    </message>
    <message>
        <source>不少于 %1 %2</source>
        <translation>不少于 %1 %2</translation>
    </message>
    <message>
        <source>不超过 %1 %2</source>
        <translation>不超过 %1 %2</translation>
    </message>
    <message>
        <source>面积差 %1 %2（需 %3，现有 %4 %2）</source>
        <translation>面积差 %1 %2（需 %3，现有 %4 %2）</translation>
    </message>
    <message>
        <source>面积多 %1（需 %2，现有 %3 %4）</source>
        <translation>面积多 %1（需 %2，现有 %3 %4）</translation>
    </message>
    <message>
        <source>面积 %1 %2，符合 %3</source>
        <translation>面积 %1 %2，符合 %3</translation>
    </message>
    <message>
        <source>供电</source>
        <translation>供电</translation>
    </message>
    <message>
        <source>千伏安</source>
        <translation>千伏安</translation>
    </message>
    <message>
        <source>供水</source>
        <translation>供水</translation>
    </message>
    <message>
        <source>吨/日</source>
        <translation>吨/日</translation>
    </message>
    <message>
        <source>楼面荷载</source>
        <translation>楼面荷载</translation>
    </message>
    <message>
        <source>吨/㎡</source>
        <translation>吨/㎡</translation>
    </message>
    <message>
        <source>层高</source>
        <translation>层高</translation>
    </message>
    <message>
        <source>米</source>
        <translation>米</translation>
    </message>
    <message>
        <source>有%1</source>
        <translation>有%1</translation>
    </message>
    <message>
        <source>没有%1</source>
        <translation>没有%1</translation>
    </message>
    <message>
        <source>污水处理设施</source>
        <translation>污水处理设施</translation>
    </message>
    <message>
        <source>集中供热</source>
        <translation>集中供热</translation>
    </message>
    <message>
        <source>万元/亩</source>
        <translation>万元/亩</translation>
    </message>
    <message>
        <source>元/㎡·月</source>
        <translation>元/㎡·月</translation>
    </message>
    <message>
        <source>价格</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>未登记租金或价格</source>
        <translation>未登记租金或价格</translation>
    </message>
    <message>
        <source>价格 %1 %2，在预算 %3 以内</source>
        <translation>价格 %1 %2，在预算 %3 以内</translation>
    </message>
    <message>
        <source>价格超预算 %1（%2 %3，预算 %4）</source>
        <translation>价格超预算 %1（%2 %3，预算 %4）</translation>
    </message>
    <message>
        <source>园区定位</source>
        <translation>园区定位</translation>
    </message>
    <message>
        <source>不在园区内，无产业定位可比</source>
        <translation>不在园区内，无产业定位可比</translation>
    </message>
    <message>
        <source>%1属于%2的主导产业</source>
        <translation>%1属于%2的主导产业</translation>
    </message>
    <message>
        <source>%1不在%2的主导产业内</source>
        <translation>%1不在%2的主导产业内</translation>
    </message>
    <message>
        <source>意向县区</source>
        <translation>意向县区</translation>
    </message>
    <message>
        <source>位于意向县区%1</source>
        <translation>位于意向县区%1</translation>
    </message>
    <message>
        <source>%1不在意向县区（%2）</source>
        <translation>%1不在意向县区（%2）</translation>
    </message>
    <message>
        <source>已预留给其他项目：%1</source>
        <translation>已预留给其他项目：%1</translation>
    </message>
    <message>
        <source>已为本项目预留：%1</source>
        <translation>已为本项目预留：%1</translation>
    </message>
    <message>
        <source>%1 至 %2 %3</source>
        <translation>%1 至 %2 %3</translation>
    </message>
</context>
<context>
    <name>SiteMatchService</name>
    <message>
        <source>找不到项目线索「%1」。</source>
        <translation>找不到项目线索「%1」。</translation>
    </message>
    <message>
        <source>项目「%1」还没有选址需求：先登记需求类型、面积和配套要求。</source>
        <translation>项目「%1」还没有选址需求：先登记需求类型、面积和配套要求。</translation>
    </message>
</context>
<context>
    <name>SiteReservations</name>
    <message>
        <source>找不到用地厂房「%1」。</source>
        <translation>找不到用地厂房「%1」。</translation>
    </message>
    <message>
        <source>找不到项目线索「%1」。</source>
        <translation>找不到项目线索「%1」。</translation>
    </message>
    <message>
        <source>「%1」已由%2于%3为「%4」预留，一处载体只能为一个项目预留。</source>
        <translation>「%1」已由%2于%3为「%4」预留，一处载体只能为一个项目预留。</translation>
    </message>
    <message>
        <source>本组</source>
        <translation>本组</translation>
    </message>
    <message>
        <source>这个项目没有预留「%1」。</source>
        <translation>这个项目没有预留「%1」。</translation>
    </message>
</context>
<context>
    <name>SyncSchema</name>
    <message>
        <source>未知的数据表“%1”</source>
        <translation>未知的数据表“%1”</translation>
    </message>
    <message>
        <source>无效的数据范围“%1”</source>
        <translation>无效的数据范围“%1”</translation>
    </message>
    <message>
        <source>未知的角色“%1”</source>
        <translation>未知的角色“%1”</translation>
    </message>
    <message>
        <source>%1不能写入其他组的数据（%2）</source>
        <translation>%1不能写入其他组的数据（%2）</translation>
    </message>
    <message>
        <source>%1不能写入这个数据范围（%2）</source>
        <translation>%1不能写入这个数据范围（%2）</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>整条记录</source>
        <translation>整条记录</translation>
    </message>
    <message>
        <source>%1 %2 条</source>
        <translation>%1 %2 条</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>否</source>
        <translation>否</translation>
    </message>
    <message>
        <source>是</source>
        <translation>是</translation>
    </message>
    <message>
        <source>yyyy年M月d日 HH:mm</source>
        <translation>yyyy年M月d日 HH:mm</translation>
    </message>
    <message>
        <source>刚刚</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>%1 分钟前</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <source>%1 小时前</source>
        <translation>%1 小时前</translation>
    </message>
    <message>
        <source>昨天 %1</source>
        <translation>昨天 %1</translation>
    </message>
    <message>
        <source>%1 天前</source>
        <translation>%1 天前</translation>
    </message>
    <message>
        <source>M月d日</source>
        <translation>M月d日</translation>
    </message>
</context>
<context>
    <name>VisitRepository</name>
    <message>
        <source>请选择或新建走访的企业。</source>
        <translation>请选择或新建走访的企业。</translation>
    </message>
    <message>
        <source>请填写走访时间。</source>
        <translation>请填写走访时间。</translation>
    </message>
    <message>
        <source>走访时间不能晚于今天。计划中的走访请记为上次走访的下一步。</source>
        <translation>走访时间不能晚于今天。计划中的走访请记为上次走访的下一步。</translation>
    </message>
    <message>
        <source>请选择走访地点：广州、深圳、东莞或其他。</source>
        <translation>请选择走访地点：广州、深圳、东莞或其他。</translation>
    </message>
    <message>
        <source>投资意向只能是未判断、低、中、高。</source>
        <translation>投资意向只能是未判断、低、中、高。</translation>
    </message>
    <message>
        <source>设了跟进日期，请写明下一步要做什么。</source>
        <translation>设了跟进日期，请写明下一步要做什么。</translation>
    </message>
    <message>
        <source>跟进日期不能早于走访日期。</source>
        <translation>跟进日期不能早于走访日期。</translation>
    </message>
    <message>
        <source>走访的企业不存在，请重新选择。</source>
        <translation>走访的企业不存在，请重新选择。</translation>
    </message>
    <message>
        <source>找不到这条走访记录。</source>
        <translation>找不到这条走访记录。</translation>
    </message>
    <message>
        <source>见到的联系人不存在，请重新选择。</source>
        <translation>见到的联系人不存在，请重新选择。</translation>
    </message>
</context>
<context>
    <name>VisitService</name>
    <message>
        <source>不认识的字段“%1”。可用：%2</source>
        <translation>不认识的字段“%1”。可用：%2</translation>
    </message>
    <message>
        <source>“%1”应是一个列表，如 ["何建华"]。</source>
        <translation>“%1”应是一个列表，如 ["何建华"]。</translation>
    </message>
    <message>
        <source>走访时间“%1”看不懂，请写成 2026-11-30 10:00。</source>
        <translation>走访时间“%1”看不懂，请写成 2026-11-30 10:00。</translation>
    </message>
    <message>
        <source>跟进日期“%1”看不懂，请写成 2026-12-15。</source>
        <translation>跟进日期“%1”看不懂，请写成 2026-12-15。</translation>
    </message>
    <message>
        <source>资料库里没有“%1”。</source>
        <translation>资料库里没有“%1”。</translation>
    </message>
</context>
<context>
    <name>WireCodec</name>
    <message>
        <source>同步数据格式错误：%1</source>
        <translation>同步数据格式错误：%1</translation>
    </message>
    <message>
        <source>%1 的“%2”过长（%3，上限 %4 字）</source>
        <translation>%1 的“%2”过长（%3，上限 %4 字）</translation>
    </message>
    <message>
        <source>%1 记录过大（%2 KB，同步上限 %3 KB）</source>
        <translation>%1 记录过大（%2 KB，同步上限 %3 KB）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>招商外勤</source>
        <translation>招商外勤</translation>
    </message>
    <message>
        <source>招商外勤：外驻招商人员的离线加密工作平台</source>
        <translation>招商外勤：外驻招商人员的离线加密工作平台</translation>
    </message>
    <message>
        <source>打开指定的工作区文件。</source>
        <translation>打开指定的工作区文件。</translation>
    </message>
    <message>
        <source>显示窗口后截图保存到文件并退出（开发用）。</source>
        <translation>显示窗口后截图保存到文件并退出（开发用）。</translation>
    </message>
    <message>
        <source>加密数据库组件缺失，程序不能安全运行。请重新安装。</source>
        <translation>加密数据库组件缺失，程序不能安全运行。请重新安装。</translation>
    </message>
    <message>
        <source>解锁后显示的栏目序号 0–6（开发用）。</source>
        <translation>解锁后显示的栏目序号 0–6（开发用）。</translation>
    </message>
    <message>
        <source>解锁后搜索（开发用）。</source>
        <translation>解锁后搜索（开发用）。</translation>
    </message>
    <message>
        <source>解锁后打开新建表单并截图（开发用）。</source>
        <translation>解锁后打开新建表单并截图（开发用）。</translation>
    </message>
</context>
<context>
    <name>zs::RecordKinds</name>
    <message>
        <source>投资协议</source>
        <translation>投资协议</translation>
    </message>
</context>
<context>
    <name>zs::RecordList</name>
    <message>
        <source>协议编号</source>
        <translation>协议编号</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>落地县（市、区）</source>
        <translation>落地县（市、区）</translation>
    </message>
    <message>
        <source>园区</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>签约日期</source>
        <translation>签约日期</translation>
    </message>
    <message>
        <source>固定资产投资（万元）</source>
        <translation>固定资产投资（万元）</translation>
    </message>
    <message>
        <source>用地（亩）</source>
        <translation>用地（亩）</translation>
    </message>
    <message>
        <source>投资强度（万元/亩）</source>
        <translation>投资强度（万元/亩）</translation>
    </message>
    <message>
        <source>约定开工</source>
        <translation>约定开工</translation>
    </message>
    <message>
        <source>跟踪服务专员</source>
        <translation>跟踪服务专员</translation>
    </message>
    <message>
        <source>到期日期</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>累计投资（万元）</source>
        <translation>累计投资（万元）</translation>
    </message>
    <message>
        <source>报告日期</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <source>建设状态</source>
        <translation>建设状态</translation>
    </message>
    <message>
        <source>已投产</source>
        <translation>已投产</translation>
    </message>
    <message>
        <source>年产值（万元）</source>
        <translation>年产值（万元）</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>措施</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>发现日期</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>整改完成</source>
        <translation>整改完成</translation>
    </message>
    <message>
        <source>服务阶段</source>
        <translation>服务阶段</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>办理状态</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <source>完成日期</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>提出日期</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>诉求内容</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <source>承办部门</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <source>答复日期</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>答复用时（天）</source>
        <translation>答复用时（天）</translation>
    </message>
    <message>
        <source>服务日期</source>
        <translation>服务日期</translation>
    </message>
    <message>
        <source>服务方式</source>
        <translation>服务方式</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>县（市、区）</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>建筑面积（㎡）</source>
        <translation>建筑面积（㎡）</translation>
    </message>
    <message>
        <source>供电（千伏安）</source>
        <translation>供电（千伏安）</translation>
    </message>
    <message>
        <source>污水处理</source>
        <translation>污水处理</translation>
    </message>
    <message>
        <source>租金或价格</source>
        <translation>租金或价格</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>闲置起始</source>
        <translation>闲置起始</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>需求类型</source>
        <translation>需求类型</translation>
    </message>
    <message>
        <source>最小面积</source>
        <translation>最小面积</translation>
    </message>
    <message>
        <source>最大面积</source>
        <translation>最大面积</translation>
    </message>
    <message>
        <source>意向县区</source>
        <translation>意向县区</translation>
    </message>
    <message>
        <source>需要时间</source>
        <translation>需要时间</translation>
    </message>
    <message>
        <source>预留情况</source>
        <translation>预留情况</translation>
    </message>
    <message>
        <source>用地厂房</source>
        <translation>用地厂房</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>预留人</source>
        <translation>预留人</translation>
    </message>
    <message>
        <source>预留日期</source>
        <translation>预留日期</translation>
    </message>
    <message>
        <source>全部县区</source>
        <translation>全部县区</translation>
    </message>
    <message>
        <source>全部类型</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>全部状态</translation>
    </message>
</context>
<context>
    <name>zs::SessionController</name>
    <message>
        <source>两次输入的口令不一致。</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>尝试次数过多，请 %1 秒后再试。</source>
        <translation>尝试次数过多，请 %1 秒后再试。</translation>
    </message>
    <message numerus="yes">
        <source>已连续失败 %n 次，请稍候再试。</source>
        <translation>
            <numerusform>已连续失败 %n 次，请稍候再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>只能在工作区锁定时从备份恢复。</source>
        <translation>只能在工作区锁定时从备份恢复。</translation>
    </message>
</context>
<context>
    <name>zs::repo</name>
    <message>
        <source>内容太长（%1 字，最多 %2 字）。</source>
        <translation>内容太长（%1 字，最多 %2 字）。</translation>
    </message>
    <message>
        <source>整条记录的文字太多（约 %1 KB，同步上限 %2 KB），请缩短这一项。</source>
        <translation>整条记录的文字太多（约 %1 KB，同步上限 %2 KB），请缩短这一项。</translation>
    </message>
    <message>
        <source>电子邮箱格式不对，例如 name@example.com。</source>
        <translation>电子邮箱格式不对，例如 name@example.com。</translation>
    </message>
    <message>
        <source>电话号码只能包含数字、空格和 + - ( )，多个号码用顿号或逗号分开。</source>
        <translation>电话号码只能包含数字、空格和 + - ( )，多个号码用顿号或逗号分开。</translation>
    </message>
</context>
<context>
    <name>zs::sync::BlobTransfer</name>
    <message>
        <source>无法查询总部的文件（HTTP %1）：%2</source>
        <translation>无法查询总部的文件（HTTP %1）：%2</translation>
    </message>
    <message>
        <source>无法更新文件队列</source>
        <translation>无法更新文件队列</translation>
    </message>
    <message>
        <source>总部拒绝了文件（HTTP %1）：%2</source>
        <translation>总部拒绝了文件（HTTP %1）：%2</translation>
    </message>
    <message>
        <source>登录已过期，下次同步后继续下载</source>
        <translation>登录已过期，下次同步后继续下载</translation>
    </message>
    <message>
        <source>下载失败（HTTP %1）：%2</source>
        <translation>下载失败（HTTP %1）：%2</translation>
    </message>
    <message>
        <source>总部返回的文件片段与请求不符</source>
        <translation>总部返回的文件片段与请求不符</translation>
    </message>
    <message>
        <source>无法保存下载的文件片段</source>
        <translation>无法保存下载的文件片段</translation>
    </message>
    <message>
        <source>文件校验失败（内容与 SHA-256 不符），已丢弃，将重新下载</source>
        <translation>文件校验失败（内容与 SHA-256 不符），已丢弃，将重新下载</translation>
    </message>
    <message>
        <source>无法保存下载的文件</source>
        <translation>无法保存下载的文件</translation>
    </message>
</context>
<context>
    <name>zs::sync::SyncEngine</name>
    <message>
        <source>正在同步，请稍后再试</source>
        <translation>正在同步，请稍后再试</translation>
    </message>
    <message>
        <source>服务器地址无效，应为 https://主机:端口</source>
        <translation>服务器地址无效，应为 https://主机:端口</translation>
    </message>
    <message>
        <source>只有本机演示服务器可以不加密（http），其他服务器必须用 https</source>
        <translation>只有本机演示服务器可以不加密（http），其他服务器必须用 https</translation>
    </message>
    <message>
        <source>请提供总部的 CA 证书（PEM）</source>
        <translation>请提供总部的 CA 证书（PEM）</translation>
    </message>
    <message>
        <source>登记失败（HTTP %1）</source>
        <translation>登记失败（HTTP %1）</translation>
    </message>
    <message>
        <source>已登记：%1（%2）</source>
        <translation>已登记：%1（%2）</translation>
    </message>
    <message>
        <source>此工作区尚未登记到总部</source>
        <translation>此工作区尚未登记到总部</translation>
    </message>
    <message>
        <source>同步已取消</source>
        <translation>同步已取消</translation>
    </message>
    <message>
        <source>正在验证身份</source>
        <translation>正在验证身份</translation>
    </message>
    <message>
        <source>总部拒绝了登录（HTTP %1）：%2</source>
        <translation>总部拒绝了登录（HTTP %1）：%2</translation>
    </message>
    <message>
        <source>此设备已被总部远程清除，本机的同步数据已删除</source>
        <translation>此设备已被总部远程清除，本机的同步数据已删除</translation>
    </message>
    <message>
        <source>此设备已被总部停用</source>
        <translation>此设备已被总部停用</translation>
    </message>
    <message>
        <source>正在上传修改</source>
        <translation>正在上传修改</translation>
    </message>
    <message>
        <source>上传失败（HTTP %1）：%2</source>
        <translation>上传失败（HTTP %1）：%2</translation>
    </message>
    <message>
        <source>正在下载更新</source>
        <translation>正在下载更新</translation>
    </message>
    <message>
        <source>下载失败（HTTP %1）：%2</source>
        <translation>下载失败（HTTP %1）：%2</translation>
    </message>
    <message>
        <source>正在上传资料文件</source>
        <translation>正在上传资料文件</translation>
    </message>
    <message>
        <source>此工作区的登记信息不一致（令牌不是当前服务器签发的），请重新登记到总部</source>
        <translation>此工作区的登记信息不一致（令牌不是当前服务器签发的），请重新登记到总部</translation>
    </message>
    <message>
        <source>总部无法读取这批修改</source>
        <translation>总部无法读取这批修改</translation>
    </message>
</context>
<context>
    <name>zs::sync::SyncSchema</name>
    <message>
        <source>招商专员</source>
        <translation>招商专员</translation>
    </message>
    <message>
        <source>组长</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>总部分析员</source>
        <translation>总部分析员</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>走访和项目线索必须属于一个组，不能放在全市范围</source>
        <translation>走访和项目线索必须属于一个组，不能放在全市范围</translation>
    </message>
    <message>
        <source>只有总部可以发布全市共享的资料和活动（%1）</source>
        <translation>只有总部可以发布全市共享的资料和活动（%1）</translation>
    </message>
    <message>
        <source>跟踪服务专员名单由总部维护（%1）</source>
        <translation>跟踪服务专员名单由总部维护（%1）</translation>
    </message>
    <message>
        <source>跟踪服务专员</source>
        <translation>跟踪服务专员</translation>
    </message>
    <message>
        <source>投资协议及其履约进展、处置记录由所在县（市、区）的跟踪服务专员维护（%1）</source>
        <translation>投资协议及其履约进展、处置记录由所在县（市、区）的跟踪服务专员维护（%1）</translation>
    </message>
    <message>
        <source>用地厂房清单由总部和各县（市、区）的跟踪服务专员维护（%1）</source>
        <translation>用地厂房清单由总部和各县（市、区）的跟踪服务专员维护（%1）</translation>
    </message>
    <message>
        <source>预留由登记它的组维护（%1）</source>
        <translation>预留由登记它的组维护（%1）</translation>
    </message>
    <message>
        <source>这处用地厂房已由%1于%2预留，一处载体只能为一个项目预留</source>
        <translation>这处用地厂房已由%1于%2预留，一处载体只能为一个项目预留</translation>
    </message>
</context>
<context>
    <name>zs::ui::AgreementWatchTab</name>
    <message>
        <source>生成催告函…</source>
        <translation>生成催告函…</translation>
    </message>
    <message>
        <source>选中一项“触发”或“已处置”的退出情形后，可为它生成催告函。</source>
        <translation>选中一项“触发”或“已处置”的退出情形后，可为它生成催告函。</translation>
    </message>
    <message>
        <source>催告函</source>
        <translation>催告函</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>催告函 %1 已生成（%2前答复）。

送达后登记为处置措施吗？登记后这份催告函存入资料库，该退出情形转为“已处置”，下一步为“取消优惠”。</source>
        <translation>催告函 %1 已生成（%2前答复）。

送达后登记为处置措施吗？登记后这份催告函存入资料库，该退出情形转为“已处置”，下一步为“取消优惠”。</translation>
    </message>
    <message>
        <source>约定累计投资</source>
        <translation>约定累计投资</translation>
    </message>
    <message>
        <source>实际累计投资</source>
        <translation>实际累计投资</translation>
    </message>
    <message>
        <source>投资进度：约定与实际（万元）</source>
        <translation>投资进度：约定与实际（万元）</translation>
    </message>
    <message>
        <source>登记收回土地…</source>
        <translation>登记收回土地…</translation>
    </message>
    <message>
        <source>选中一项“触发”或“已处置”的退出情形后，可登记依协议收回土地；收回的地块进入用地厂房清单（闲置）。</source>
        <translation>选中一项“触发”或“已处置”的退出情形后，可登记依协议收回土地；收回的地块进入用地厂房清单（闲置）。</translation>
    </message>
    <message>
        <source>登记收回土地</source>
        <translation>登记收回土地</translation>
    </message>
    <message>
        <source>依协议收回这份协议的土地？

将登记一条“收回土地”处置措施，并把收回的地块作为闲置土地登记进全市用地厂房清单（附协议编号和原受让企业），供再招商。</source>
        <translation>依协议收回这份协议的土地？

将登记一条“收回土地”处置措施，并把收回的地块作为闲置土地登记进全市用地厂房清单（附协议编号和原受让企业），供再招商。</translation>
    </message>
    <message>
        <source>已登记收回土地，并把「%1」登记进用地厂房清单（闲置）。</source>
        <translation>已登记收回土地，并把「%1」登记进用地厂房清单（闲置）。</translation>
    </message>
</context>
<context>
    <name>zs::ui::BrochureDialog</name>
    <message>
        <source>编制宣传册</source>
        <translation>编制宣传册</translation>
    </message>
    <message>
        <source>（请选择企业）</source>
        <translation>（请选择企业）</translation>
    </message>
    <message>
        <source>目标企业</source>
        <translation>目标企业</translation>
    </message>
    <message>
        <source>政策章节</source>
        <translation>政策章节</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>邮箱</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>所在招商组</source>
        <translation>所在招商组</translation>
    </message>
    <message>
        <source>联系名片</source>
        <translation>联系名片</translation>
    </message>
    <message>
        <source>生成预览</source>
        <translation>生成预览</translation>
    </message>
    <message>
        <source>保存到资料库并记为已发放</source>
        <translation>保存到资料库并记为已发放</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>请先选择目标企业。</source>
        <translation>请先选择目标企业。</translation>
    </message>
    <message>
        <source>请至少选择一个政策章节。</source>
        <translation>请至少选择一个政策章节。</translation>
    </message>
    <message>
        <source>%1 页，%2 KB，用时 %3 毫秒</source>
        <translation>%1 页，%2 KB，用时 %3 毫秒</translation>
    </message>
    <message>
        <source>政策宣传册 · %1</source>
        <translation>政策宣传册 · %1</translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>政策宣传册-%1.pdf</source>
        <translation>政策宣传册-%1.pdf</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>无法写入文件：%1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>已保存到资料库，并记在该企业的动态里。</source>
        <translation>已保存到资料库，并记在该企业的动态里。</translation>
    </message>
    <message>
        <source>（不配图）</source>
        <translation>（不配图）</translation>
    </message>
    <message>
        <source>资料库中的地图或照片，印在封面上。在“资料库”导入 PNG 或 JPEG 图片即可选用。</source>
        <translation>资料库中的地图或照片，印在封面上。在“资料库”导入 PNG 或 JPEG 图片即可选用。</translation>
    </message>
    <message>
        <source>封面配图</source>
        <translation>封面配图</translation>
    </message>
</context>
<context>
    <name>zs::ui::ChainMapPage</name>
    <message>
        <source>上游</source>
        <translation>上游</translation>
    </message>
    <message>
        <source>中游</source>
        <translation>中游</translation>
    </message>
    <message>
        <source>下游</source>
        <translation>下游</translation>
    </message>
    <message>
        <source>产业链 / 环节</source>
        <translation>产业链 / 环节</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>本地企业</source>
        <translation>本地企业</translation>
    </message>
    <message>
        <source>落地项目</source>
        <translation>落地项目</translation>
    </message>
    <message>
        <source>在谈线索</source>
        <translation>在谈线索</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>产业链图谱</source>
        <translation>产业链图谱</translation>
    </message>
    <message>
        <source>
……共 %1 个</source>
        <translation>
……共 %1 个</translation>
    </message>
    <message>
        <source>%1 个环节：已覆盖 %2，薄弱 %3（需强链），空白 %4（需补链）。本地企业指总部在韶关的客商；已覆盖需本地企业和落地项目合计至少 %5 个（seeds/chain_map.json）。</source>
        <translation>%1 个环节：已覆盖 %2，薄弱 %3（需强链），空白 %4（需补链）。本地企业指总部在韶关的客商；已覆盖需本地企业和落地项目合计至少 %5 个（seeds/chain_map.json）。</translation>
    </message>
</context>
<context>
    <name>zs::ui::ChangePassphraseDialog</name>
    <message>
        <source>修改口令</source>
        <translation>修改口令</translation>
    </message>
    <message>
        <source>当前口令</source>
        <translation>当前口令</translation>
    </message>
    <message>
        <source>新口令</source>
        <translation>新口令</translation>
    </message>
    <message>
        <source>确认新口令</source>
        <translation>确认新口令</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>两次输入的新口令不一致。</source>
        <translation>两次输入的新口令不一致。</translation>
    </message>
    <message>
        <source>口令已修改。下次解锁请使用新口令。</source>
        <translation>口令已修改。下次解锁请使用新口令。</translation>
    </message>
</context>
<context>
    <name>zs::ui::CompanyDialog</name>
    <message>
        <source>乡贤企业（韶关籍人士创办或主要经营）</source>
        <translation>乡贤企业（韶关籍人士创办或主要经营）</translation>
    </message>
    <message>
        <source>新建客商</source>
        <translation>新建客商</translation>
    </message>
    <message>
        <source>客商</source>
        <translation>客商</translation>
    </message>
    <message>
        <source>18 位，可不填</source>
        <translation>18 位，可不填</translation>
    </message>
    <message>
        <source>（未选）</source>
        <translation>（未选）</translation>
    </message>
    <message>
        <source>万元</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>企业名称*</source>
        <translation>企业名称*</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>产业</source>
        <translation>产业</translation>
    </message>
    <message>
        <source>总部城市</source>
        <translation>总部城市</translation>
    </message>
    <message>
        <source>企业规模</source>
        <translation>企业规模</translation>
    </message>
    <message>
        <source>年营业收入（万元）</source>
        <translation>年营业收入（万元）</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>信息来源</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>打开已有记录</source>
        <translation>打开已有记录</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>微信</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>添加联系人…</source>
        <translation>添加联系人…</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>已有这家企业：「%1」（同名或同一统一社会信用代码），保存会被拒绝。可以打开已有的记录。</source>
        <translation>已有这家企业：「%1」（同名或同一统一社会信用代码），保存会被拒绝。可以打开已有的记录。</translation>
    </message>
    <message>
        <source>已有名称相近的客商：%1。是同一家企业吗？是的话请打开已有的记录，不要重复录入。</source>
        <translation>已有名称相近的客商：%1。是同一家企业吗？是的话请打开已有的记录，不要重复录入。</translation>
    </message>
    <message>
        <source>、</source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>zs::ui::ContactDialog</name>
    <message>
        <source>添加联系人</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <source>多个号码用顿号分开</source>
        <translation>多个号码用顿号分开</translation>
    </message>
    <message>
        <source>关系说明：如何认识、谁引荐、关注什么</source>
        <translation>关系说明：如何认识、谁引荐、关注什么</translation>
    </message>
    <message>
        <source>姓名*</source>
        <translation>姓名*</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>微信号</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>关系备注</source>
        <translation>关系备注</translation>
    </message>
</context>
<context>
    <name>zs::ui::CreateWorkspaceWidget</name>
    <message>
        <source>更改…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>创建工作区</source>
        <translation>创建工作区</translation>
    </message>
    <message>
        <source>至少 %1 个字符，可用汉字</source>
        <translation>至少 %1 个字符，可用汉字</translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation>再输入一次</translation>
    </message>
    <message>
        <source>创建加密工作区</source>
        <translation>创建加密工作区</translation>
    </message>
    <message>
        <source>客商、走访和项目线索都保存在这台电脑的工作区里，用 AES-256 加密；离线也能使用，联网后与市招商总部同步。
口令无法找回：忘记口令就无法打开工作区，请牢记。</source>
        <translation>客商、走访和项目线索都保存在这台电脑的工作区里，用 AES-256 加密；离线也能使用，联网后与市招商总部同步。
口令无法找回：忘记口令就无法打开工作区，请牢记。</translation>
    </message>
    <message>
        <source>保存位置</source>
        <translation>保存位置</translation>
    </message>
    <message>
        <source>口令(&amp;P)</source>
        <translation>口令(&amp;P)</translation>
    </message>
    <message>
        <source>确认口令(&amp;C)</source>
        <translation>确认口令(&amp;C)</translation>
    </message>
    <message>
        <source>强度</source>
        <translation>强度</translation>
    </message>
    <message>
        <source>两次输入的口令不一致。</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>工作区保存位置</source>
        <translation>工作区保存位置</translation>
    </message>
    <message>
        <source>招商外勤工作区 (*.zsdb)</source>
        <translation>招商外勤工作区 (*.zsdb)</translation>
    </message>
</context>
<context>
    <name>zs::ui::DashboardPage</name>
    <message>
        <source>工作台</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>yyyy年M月d日 dddd</source>
        <translation>yyyy年M月d日 dddd</translation>
    </message>
    <message>
        <source>最近的走访</source>
        <translation>最近的走访</translation>
    </message>
    <message>
        <source>项目线索（按阶段）</source>
        <translation>项目线索（按阶段）</translation>
    </message>
    <message>
        <source>客商 %1 家 · 联系人 %2 位 · 走访 %3 次 · 项目线索 %4 个 · 推介活动 %5 场</source>
        <translation>客商 %1 家 · 联系人 %2 位 · 走访 %3 次 · 项目线索 %4 个 · 推介活动 %5 场</translation>
    </message>
    <message>
        <source>还没有走访记录。按 Ctrl+N 记下第一次走访。</source>
        <translation>还没有走访记录。按 Ctrl+N 记下第一次走访。</translation>
    </message>
    <message>
        <source>改到哪一天</source>
        <translation>改到哪一天</translation>
    </message>
    <message>
        <source>标记完成</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>改期</source>
        <translation>改期</translation>
    </message>
    <message>
        <source>这一步已经做完：不再列在跟进里</source>
        <translation>这一步已经做完：不再列在跟进里</translation>
    </message>
    <message>
        <source>明天</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>后天</source>
        <translation>后天</translation>
    </message>
    <message>
        <source>下周一</source>
        <translation>下周一</translation>
    </message>
    <message>
        <source>一周后</source>
        <translation>一周后</translation>
    </message>
    <message>
        <source>选择日期…</source>
        <translation>选择日期…</translation>
    </message>
    <message>
        <source>跟进事项（逾期、今天和未来一周）</source>
        <translation>跟进事项（逾期、今天和未来一周）</translation>
    </message>
    <message>
        <source>同步</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>%1 · %2：%3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>跟进日期 %1。双击打开这次走访。</source>
        <translation>跟进日期 %1。双击打开这次走访。</translation>
    </message>
    <message>
        <source>逾期 %1 天</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>M月d日 ddd</source>
        <translation>M月d日 ddd</translation>
    </message>
    <message>
        <source>未来一周没有要跟进的事项。</source>
        <translation>未来一周没有要跟进的事项。</translation>
    </message>
    <message>
        <source>还没有项目线索。在“项目线索”里新建，或从走访记录中转为线索。</source>
        <translation>还没有项目线索。在“项目线索”里新建，或从走访记录中转为线索。</translation>
    </message>
    <message>
        <source>线索数</source>
        <translation>线索数</translation>
    </message>
    <message>
        <source>这个工作区还没有登记到总部。到“同步”页登记后，每天自动与总部交换记录。</source>
        <translation>这个工作区还没有登记到总部。到“同步”页登记后，每天自动与总部交换记录。</translation>
    </message>
    <message>
        <source>上次同步：%1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>还没有同步过</source>
        <translation>还没有同步过</translation>
    </message>
    <message>
        <source>待上传 %1 条修改</source>
        <translation>待上传 %1 条修改</translation>
    </message>
    <message>
        <source>本机的修改都已上传</source>
        <translation>本机的修改都已上传</translation>
    </message>
    <message>
        <source>最近一次失败：%1</source>
        <translation>最近一次失败：%1</translation>
    </message>
    <message>
        <source>快捷键：Ctrl+N 新走访，Ctrl+F 搜索，Ctrl+1…9 切换栏目，Ctrl+L 锁定工作区。</source>
        <translation>快捷键：Ctrl+N 新走访，Ctrl+F 搜索，Ctrl+1…9 切换栏目，Ctrl+L 锁定工作区。</translation>
    </message>
</context>
<context>
    <name>zs::ui::EnrollDialog</name>
    <message>
        <source>选择…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>我已与总部核对此指纹</source>
        <translation>我已与总部核对此指纹</translation>
    </message>
    <message>
        <source>登记到总部</source>
        <translation>登记到总部</translation>
    </message>
    <message>
        <source>总部提供的 ca.pem</source>
        <translation>总部提供的 ca.pem</translation>
    </message>
    <message>
        <source>总部为您开设的账号</source>
        <translation>总部为您开设的账号</translation>
    </message>
    <message>
        <source>服务器地址</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>以 https:// 开头，例如 https://hq.example.cn:8443。http:// 只能用于本机的演示服务器（127.0.0.1 或 localhost）。</source>
        <translation>以 https:// 开头，例如 https://hq.example.cn:8443。http:// 只能用于本机的演示服务器（127.0.0.1 或 localhost）。</translation>
    </message>
    <message>
        <source>CA 证书文件</source>
        <translation>CA 证书文件</translation>
    </message>
    <message>
        <source>总部随账号一起提供的证书（PEM 格式）。本机只信任由它签发的服务器证书。</source>
        <translation>总部随账号一起提供的证书（PEM 格式）。本机只信任由它签发的服务器证书。</translation>
    </message>
    <message>
        <source>账号</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>只在登记时使用一次，不会保存在本机。</source>
        <translation>只在登记时使用一次，不会保存在本机。</translation>
    </message>
    <message>
        <source>本机名称</source>
        <translation>本机名称</translation>
    </message>
    <message>
        <source>显示在总部的设备列表中，便于识别这台电脑。</source>
        <translation>显示在总部的设备列表中，便于识别这台电脑。</translation>
    </message>
    <message>
        <source>正在连接总部并核对账号…</source>
        <translation>正在连接总部并核对账号…</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>登记后，这个工作区以您的总部账号与总部同步。请准备好总部提供的服务器地址、CA 证书文件和账号密码。</source>
        <translation>登记后，这个工作区以您的总部账号与总部同步。请准备好总部提供的服务器地址、CA 证书文件和账号密码。</translation>
    </message>
    <message>
        <source>选择总部的 CA 证书</source>
        <translation>选择总部的 CA 证书</translation>
    </message>
    <message>
        <source>PEM 证书 (*.pem *.crt *.cer);;所有文件 (*)</source>
        <translation>PEM 证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>这个文件太大，不像证书。</source>
        <translation>这个文件太大，不像证书。</translation>
    </message>
    <message>
        <source>无法读取这个文件。</source>
        <translation>无法读取这个文件。</translation>
    </message>
    <message>
        <source>这个文件不是 PEM 格式的证书。请选择总部提供的 ca.pem。</source>
        <translation>这个文件不是 PEM 格式的证书。请选择总部提供的 ca.pem。</translation>
    </message>
    <message>
        <source>（未命名）</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>这个证书已经过期，请向总部索取新的证书。</source>
        <translation>这个证书已经过期，请向总部索取新的证书。</translation>
    </message>
    <message>
        <source>请填写总部服务器地址。</source>
        <translation>请填写总部服务器地址。</translation>
    </message>
    <message>
        <source>地址要以 https:// 开头，例如 https://hq.example.cn:8443。</source>
        <translation>地址要以 https:// 开头，例如 https://hq.example.cn:8443。</translation>
    </message>
    <message>
        <source>地址格式不对，应为 https://主机:端口，例如 https://hq.example.cn:8443。</source>
        <translation>地址格式不对，应为 https://主机:端口，例如 https://hq.example.cn:8443。</translation>
    </message>
    <message>
        <source>只有本机的演示服务器（127.0.0.1 或 localhost）可以用 http://。其他服务器请用 https://，否则账号和数据会在网络上明文传输。</source>
        <translation>只有本机的演示服务器（127.0.0.1 或 localhost）可以用 http://。其他服务器请用 https://，否则账号和数据会在网络上明文传输。</translation>
    </message>
    <message>
        <source>请先与总部核对上面的指纹（电话或当面），一致后勾选“我已与总部核对此指纹”。</source>
        <translation>请先与总部核对上面的指纹（电话或当面），一致后勾选“我已与总部核对此指纹”。</translation>
    </message>
    <message>
        <source>请选择总部提供的 CA 证书文件（通常名为 ca.pem）。</source>
        <translation>请选择总部提供的 CA 证书文件（通常名为 ca.pem）。</translation>
    </message>
    <message>
        <source>请填写总部为您开设的账号。</source>
        <translation>请填写总部为您开设的账号。</translation>
    </message>
    <message>
        <source>请填写密码。</source>
        <translation>请填写密码。</translation>
    </message>
    <message>
        <source>登记没有成功：%1</source>
        <translation>登记没有成功：%1</translation>
    </message>
    <message>
        <source>%1 · 有效期至 %2 · SHA-256 指纹：</source>
        <translation>%1 · 有效期至 %2 · SHA-256 指纹：</translation>
    </message>
</context>
<context>
    <name>zs::ui::EventDialog</name>
    <message>
        <source>新活动</source>
        <translation>新活动</translation>
    </message>
    <message>
        <source>推介活动</source>
        <translation>推介活动</translation>
    </message>
    <message>
        <source>如：深圳</source>
        <translation>如：深圳</translation>
    </message>
    <message>
        <source>输入企业名称添加参会企业</source>
        <translation>输入企业名称添加参会企业</translation>
    </message>
    <message>
        <source>日期*</source>
        <translation>日期*</translation>
    </message>
    <message>
        <source>类型*</source>
        <translation>类型*</translation>
    </message>
    <message>
        <source>活动名称*</source>
        <translation>活动名称*</translation>
    </message>
    <message>
        <source>城市*</source>
        <translation>城市*</translation>
    </message>
    <message>
        <source>主办方</source>
        <translation>主办方</translation>
    </message>
    <message>
        <source>使用的资料</source>
        <translation>使用的资料</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>参会企业</source>
        <translation>参会企业</translation>
    </message>
</context>
<context>
    <name>zs::ui::GenericRecordDialog</name>
    <message>
        <source>未填</source>
        <translation>未填</translation>
    </message>
    <message>
        <source>请选择…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>zs::ui::ImportDialog</name>
    <message>
        <source>行</source>
        <translation>行</translation>
    </message>
    <message>
        <source>列</source>
        <translation>列</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>有问题的行和重复的记录不会导入；其余记录在一个事务中写入，失败时不留下任何数据。</source>
        <translation>有问题的行和重复的记录不会导入；其余记录在一个事务中写入，失败时不留下任何数据。</translation>
    </message>
    <message>
        <source>选择 CSV 文件</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv *.txt)</source>
        <translation>CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>无法读取文件：%1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>%1（%2）：共 %3 行，可导入 %4 条，有问题 %5 处，重复 %6 条。</source>
        <translation>%1（%2）：共 %3 行，可导入 %4 条，有问题 %5 处，重复 %6 条。</translation>
    </message>
    <message>
        <source>重复：</source>
        <translation>重复：</translation>
    </message>
    <message>
        <source>导入 %1 条</source>
        <translation>导入 %1 条</translation>
    </message>
    <message>
        <source>已导入 %1 条。</source>
        <translation>已导入 %1 条。</translation>
    </message>
    <message>
        <source>导入%1</source>
        <translation>导入%1</translation>
    </message>
</context>
<context>
    <name>zs::ui::LeadDialog</name>
    <message>
        <source>万元</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>亩</source>
        <translation>亩</translation>
    </message>
    <message>
        <source>㎡</source>
        <translation>㎡</translation>
    </message>
    <message>
        <source>新线索</source>
        <translation>新线索</translation>
    </message>
    <message>
        <source>项目线索</source>
        <translation>项目线索</translation>
    </message>
    <message>
        <source>（请选择企业）</source>
        <translation>（请选择企业）</translation>
    </message>
    <message>
        <source>（未选）</source>
        <translation>（未选）</translation>
    </message>
    <message>
        <source>（未定）</source>
        <translation>（未定）</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>退回或搁置、终止时必填</source>
        <translation>退回或搁置、终止时必填</translation>
    </message>
    <message>
        <source>企业*</source>
        <translation>企业*</translation>
    </message>
    <message>
        <source>项目名称*</source>
        <translation>项目名称*</translation>
    </message>
    <message>
        <source>产业</source>
        <translation>产业</translation>
    </message>
    <message>
        <source>计划投资（万元）</source>
        <translation>计划投资（万元）</translation>
    </message>
    <message>
        <source>用地需求（亩）</source>
        <translation>用地需求（亩）</translation>
    </message>
    <message>
        <source>厂房需求（㎡）</source>
        <translation>厂房需求（㎡）</translation>
    </message>
    <message>
        <source>意向县（市、区）</source>
        <translation>意向县（市、区）</translation>
    </message>
    <message>
        <source>意向园区</source>
        <translation>意向园区</translation>
    </message>
    <message>
        <source>线索来源</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <source>来源说明</source>
        <translation>来源说明</translation>
    </message>
    <message>
        <source>来源活动</source>
        <translation>来源活动</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>阶段说明</source>
        <translation>阶段说明</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>✓ 符合该园区的产业定位。</source>
        <translation>✓ 符合该园区的产业定位。</translation>
    </message>
    <message>
        <source>⚠ 不在该园区的主导产业中，请考虑产业定位相符的园区，避免同质化竞争。</source>
        <translation>⚠ 不在该园区的主导产业中，请考虑产业定位相符的园区，避免同质化竞争。</translation>
    </message>
    <message>
        <source>阶段历程</source>
        <translation>阶段历程</translation>
    </message>
</context>
<context>
    <name>zs::ui::MainWindow</name>
    <message>
        <source>招商外勤</source>
        <translation>招商外勤</translation>
    </message>
    <message>
        <source>工作区(&amp;W)</source>
        <translation>工作区(&amp;W)</translation>
    </message>
    <message>
        <source>锁定(&amp;L)</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>修改口令(&amp;P)…</source>
        <translation>修改口令(&amp;P)…</translation>
    </message>
    <message>
        <source>备份到(&amp;B)…</source>
        <translation>备份到(&amp;B)…</translation>
    </message>
    <message>
        <source>检查完整性(&amp;I)</source>
        <translation>检查完整性(&amp;I)</translation>
    </message>
    <message>
        <source>设置(&amp;S)…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>关于招商外勤(&amp;A)</source>
        <translation>关于招商外勤(&amp;A)</translation>
    </message>
    <message>
        <source>已加密 · %1 · 闲置 %2 分钟后自动锁定</source>
        <translation>已加密 · %1 · 闲置 %2 分钟后自动锁定</translation>
    </message>
    <message>
        <source>已加密 · %1</source>
        <translation>已加密 · %1</translation>
    </message>
    <message>
        <source>尚未创建工作区</source>
        <translation>尚未创建工作区</translation>
    </message>
    <message>
        <source>工作区已锁定</source>
        <translation>工作区已锁定</translation>
    </message>
    <message>
        <source>备份工作区</source>
        <translation>备份工作区</translation>
    </message>
    <message>
        <source>招商外勤工作区 (*.zsdb)</source>
        <translation>招商外勤工作区 (*.zsdb)</translation>
    </message>
    <message>
        <source>已备份到 %1（及其密钥文件 .key）。备份用同一个口令打开。</source>
        <translation>已备份到 %1（及其密钥文件 .key）。备份用同一个口令打开。</translation>
    </message>
    <message>
        <source>检查完整性</source>
        <translation>检查完整性</translation>
    </message>
    <message>
        <source>工作区完好：加密校验和数据库结构检查都已通过。</source>
        <translation>工作区完好：加密校验和数据库结构检查都已通过。</translation>
    </message>
    <message>
        <source>工作区有损坏，请用最近的备份恢复。

%1</source>
        <translation>工作区有损坏，请用最近的备份恢复。

%1</translation>
    </message>
    <message>
        <source>打开“同步”</source>
        <translation>打开“同步”</translation>
    </message>
    <message>
        <source>我的信息(&amp;M)…</source>
        <translation>我的信息(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>zs::ui::MaterialViewer</name>
    <message>
        <source>注意：这份资料已有新版本，请使用新版本。</source>
        <translation>注意：这份资料已有新版本，请使用新版本。</translation>
    </message>
    <message>
        <source>注意：这份政策已于 %1 到期。</source>
        <translation>注意：这份政策已于 %1 到期。</translation>
    </message>
    <message>
        <source>资料</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>第 </source>
        <translation>第 </translation>
    </message>
    <message>
        <source> 页</source>
        <translation> 页</translation>
    </message>
    <message>
        <source>在文档中查找</source>
        <translation>在文档中查找</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>复制本页文字</source>
        <translation>复制本页文字</translation>
    </message>
    <message>
        <source>打印预览</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>另存副本…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>第 %1 页</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>这份资料无法打开：文件可能已损坏。</source>
        <translation>这份资料无法打开：文件可能已损坏。</translation>
    </message>
    <message>
        <source>没有找到「%1」</source>
        <translation>没有找到「%1」</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>另存副本</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>副本将以未加密的形式保存在所选位置，任何人拿到该文件都能打开。确定要保存吗？</source>
        <translation>副本将以未加密的形式保存在所选位置，任何人拿到该文件都能打开。确定要保存吗？</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>无法写入文件：%1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>第 %1 页（%2 处）：…%3…</source>
        <translation>第 %1 页（%2 处）：…%3…</translation>
    </message>
    <message>
        <source>「%1」共 %2 处</source>
        <translation>「%1」共 %2 处</translation>
    </message>
</context>
<context>
    <name>zs::ui::MergeDialog</name>
    <message>
        <source>%1 %2 条</source>
        <translation>%1 %2 条</translation>
    </message>
    <message>
        <source>没有其他记录指向它</source>
        <translation>没有其他记录指向它</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>合并重复%1</source>
        <translation>合并重复%1</translation>
    </message>
    <message>
        <source>选择要保留的一条。另一条的走访、联系人、项目线索等都会移到保留的记录上，保留的记录缺少的信息由另一条补全，另一条标记为已删除。合并后可以撤销，其他电脑同步后也会跟着合并。</source>
        <translation>选择要保留的一条。另一条的走访、联系人、项目线索等都会移到保留的记录上，保留的记录缺少的信息由另一条补全，另一条标记为已删除。合并后可以撤销，其他电脑同步后也会跟着合并。</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>记录一</source>
        <translation>记录一</translation>
    </message>
    <message>
        <source>记录二</source>
        <translation>记录二</translation>
    </message>
    <message>
        <source>合并后</source>
        <translation>合并后</translation>
    </message>
    <message>
        <source>合并</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>保留%1「%2」
名下：%3</source>
        <translation>保留%1「%2」
名下：%3</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>由另一条补全</source>
        <translation>由另一条补全</translation>
    </message>
    <message>
        <source>「%1」名下的%2将移到「%3」上</source>
        <translation>「%1」名下的%2将移到「%3」上</translation>
    </message>
    <message>
        <source>「%1」没有走访、联系人或线索需要移动</source>
        <translation>「%1」没有走访、联系人或线索需要移动</translation>
    </message>
    <message>
        <source>；补全%1</source>
        <translation>；补全%1</translation>
    </message>
    <message>
        <source>；「%1」标记为已删除。</source>
        <translation>；「%1」标记为已删除。</translation>
    </message>
    <message>
        <source>已把「%1」合并到「%2」（移动 %3 条记录）。</source>
        <translation>已把「%1」合并到「%2」（移动 %3 条记录）。</translation>
    </message>
</context>
<context>
    <name>zs::ui::ProfileDialog</name>
    <message>
        <source>我的信息</source>
        <translation>我的信息</translation>
    </message>
    <message>
        <source>宣传册的名片印这些信息，新的走访和项目线索也从这里带出驻点城市和负责人。只保存在这台电脑的加密工作区里，不上传。</source>
        <translation>宣传册的名片印这些信息，新的走访和项目线索也从这里带出驻点城市和负责人。只保存在这台电脑的加密工作区里，不上传。</translation>
    </message>
    <message>
        <source>如：招商专员</source>
        <translation>如：招商专员</translation>
    </message>
    <message>
        <source>如：韶关市驻深圳招商组</source>
        <translation>如：韶关市驻深圳招商组</translation>
    </message>
    <message>
        <source>如：138 0000 0000</source>
        <translation>如：138 0000 0000</translation>
    </message>
    <message>
        <source>如：name@example.cn</source>
        <translation>如：name@example.cn</translation>
    </message>
    <message>
        <source>（未定）</source>
        <translation>（未定）</translation>
    </message>
    <message>
        <source>姓名*</source>
        <translation>姓名*</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>所在招商组</source>
        <translation>所在招商组</translation>
    </message>
    <message>
        <source>驻点城市</source>
        <translation>驻点城市</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation>电子邮箱</translation>
    </message>
</context>
<context>
    <name>zs::ui::RecordDialog</name>
    <message>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>保存 (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>有未保存的修改。要保存吗？</source>
        <translation>有未保存的修改。要保存吗？</translation>
    </message>
    <message>
        <source>请先修改标红的字段：
%1</source>
        <translation>请先修改标红的字段：
%1</translation>
    </message>
</context>
<context>
    <name>zs::ui::RecordListPage</name>
    <message>
        <source>导入 CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>全部城市</source>
        <translation>全部城市</translation>
    </message>
    <message>
        <source>全部阶段</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>全部产业</source>
        <translation>全部产业</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>起始日期</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>读取失败</source>
        <translation>读取失败</translation>
    </message>
    <message>
        <source>共 %1 条</source>
        <translation>共 %1 条</translation>
    </message>
    <message>
        <source>导出列表</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>已导出 %1 条到 %2</source>
        <translation>已导出 %1 条到 %2</translation>
    </message>
    <message>
        <source>编制宣传册…</source>
        <translation>编制宣传册…</translation>
    </message>
    <message>
        <source>共 %1 条，已选 %2 条</source>
        <translation>共 %1 条，已选 %2 条</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>记录走访…</source>
        <translation>记录走访…</translation>
    </message>
    <message>
        <source>新建项目线索…</source>
        <translation>新建项目线索…</translation>
    </message>
    <message>
        <source>为它编制宣传册…</source>
        <translation>为它编制宣传册…</translation>
    </message>
    <message>
        <source>合并重复%1…</source>
        <translation>合并重复%1…</translation>
    </message>
    <message>
        <source>选中两条重复的记录后可合并</source>
        <translation>选中两条重复的记录后可合并</translation>
    </message>
    <message>
        <source>删除选中的 %1 条…</source>
        <translation>删除选中的 %1 条…</translation>
    </message>
    <message>
        <source>删除…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>筛选本列表</source>
        <translation>筛选本列表</translation>
    </message>
    <message>
        <source>只显示文字中包含这些字的记录（多个词用空格分开，需同时包含）</source>
        <translation>只显示文字中包含这些字的记录（多个词用空格分开，需同时包含）</translation>
    </message>
    <message>
        <source>（%1 条）</source>
        <translation>（%1 条）</translation>
    </message>
    <message>
        <source>改为阶段%1</source>
        <translation>改为阶段%1</translation>
    </message>
    <message>
        <source>指定负责人%1…</source>
        <translation>指定负责人%1…</translation>
    </message>
    <message>
        <source>筛选方案</source>
        <translation>筛选方案</translation>
    </message>
    <message>
        <source>保存当前的筛选条件，以后一键套用</source>
        <translation>保存当前的筛选条件，以后一键套用</translation>
    </message>
    <message>
        <source>（还没有保存的方案）</source>
        <translation>（还没有保存的方案）</translation>
    </message>
    <message>
        <source>保存当前筛选…</source>
        <translation>保存当前筛选…</translation>
    </message>
    <message>
        <source>保存筛选方案</source>
        <translation>保存筛选方案</translation>
    </message>
    <message>
        <source>方案名称：</source>
        <translation>方案名称：</translation>
    </message>
    <message>
        <source>清除筛选</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>删除方案</source>
        <translation>删除方案</translation>
    </message>
    <message>
        <source>按阶段</source>
        <translation>按阶段</translation>
    </message>
    <message>
        <source>按城市</source>
        <translation>按城市</translation>
    </message>
    <message>
        <source>按产业</source>
        <translation>按产业</translation>
    </message>
    <message>
        <source>不分组</source>
        <translation>不分组</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>只看这一组；再点一次看全部</source>
        <translation>只看这一组；再点一次看全部</translation>
    </message>
    <message>
        <source>其余 %1 条</source>
        <translation>其余 %1 条</translation>
    </message>
    <message>
        <source>导出选中的 %1 条…</source>
        <translation>导出选中的 %1 条…</translation>
    </message>
</context>
<context>
    <name>zs::ui::RecordPage</name>
    <message>
        <source>后退（Alt+←）</source>
        <translation>后退（Alt+←）</translation>
    </message>
    <message>
        <source>前进（Alt+→）</source>
        <translation>前进（Alt+→）</translation>
    </message>
    <message>
        <source>读取失败</source>
        <translation>读取失败</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>记录走访…</source>
        <translation>记录走访…</translation>
    </message>
    <message>
        <source>新建项目线索…</source>
        <translation>新建项目线索…</translation>
    </message>
    <message>
        <source>编制宣传册…</source>
        <translation>编制宣传册…</translation>
    </message>
    <message>
        <source>动态（%1）</source>
        <translation>动态（%1）</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>还没有动态。记录一次走访或新建一条线索，它们会出现在这里。</source>
        <translation>还没有动态。记录一次走访或新建一条线索，它们会出现在这里。</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>合并重复%1…</source>
        <translation>合并重复%1…</translation>
    </message>
    <message>
        <source>查看文件…</source>
        <translation>查看文件…</translation>
    </message>
    <message>
        <source>还没有与这条记录相关的动态。</source>
        <translation>还没有与这条记录相关的动态。</translation>
    </message>
</context>
<context>
    <name>zs::ui::SearchPage</name>
    <message>
        <source>搜索</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>没有找到「%1」</source>
        <translation>没有找到「%1」</translation>
    </message>
    <message>
        <source>显示更多</source>
        <translation>显示更多</translation>
    </message>
    <message>
        <source>全部（%1）</source>
        <translation>全部（%1）</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>「%1」：%2 条结果</source>
        <translation>「%1」：%2 条结果</translation>
    </message>
    <message>
        <source>「%1」：共 %2 条，显示最相关的 %3 条。加一个词可以缩小范围。</source>
        <translation>「%1」：共 %2 条，显示最相关的 %3 条。加一个词可以缩小范围。</translation>
    </message>
</context>
<context>
    <name>zs::ui::ServiceTab</name>
    <message>
        <source>按模板生成服务节点</source>
        <translation>按模板生成服务节点</translation>
    </message>
    <message>
        <source>服务阶段</source>
        <translation>服务阶段</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>办理状态</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>堵点 / 人员需求</source>
        <translation>堵点 / 人员需求</translation>
    </message>
    <message>
        <source>提出日期</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>诉求内容</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <source>承办部门</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <source>答复日期</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>用时</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>服务内容</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>按协议约定的签约、开工、竣工、投产日期和达产年份，排出审批手续、证件办理、人员需求、开工建设、设备购置、投产和达产各节点；协议已有的节点不会重复生成。</source>
        <translation>按协议约定的签约、开工、竣工、投产日期和达产年份，排出审批手续、证件办理、人员需求、开工建设、设备购置、投产和达产各节点；协议已有的节点不会重复生成。</translation>
    </message>
    <message>
        <source>企业诉求</source>
        <translation>企业诉求</translation>
    </message>
    <message>
        <source>服务日志</source>
        <translation>服务日志</translation>
    </message>
    <message>
        <source>服务节点</source>
        <translation>服务节点</translation>
    </message>
    <message>
        <source>截至 %1。逾期：过了期限仍未完成；临近：%2 天内到期；企业诉求超过 %3 天未答复或答复用时超过 %3 天计为超时（seeds/service_templates.json）。</source>
        <translation>截至 %1。逾期：过了期限仍未完成；临近：%2 天内到期；企业诉求超过 %3 天未答复或答复用时超过 %3 天计为超时（seeds/service_templates.json）。</translation>
    </message>
    <message>
        <source>%1 %2 人</source>
        <translation>%1 %2 人</translation>
    </message>
    <message>
        <source>还没有服务节点。点“按模板生成服务节点”，按协议约定的日期排出从审批手续到达产的各个节点。</source>
        <translation>还没有服务节点。点“按模板生成服务节点”，按协议约定的日期排出从审批手续到达产的各个节点。</translation>
    </message>
    <message>
        <source>答复：%1</source>
        <translation>答复：%1</translation>
    </message>
    <message>
        <source>企业还没有提出诉求。</source>
        <translation>企业还没有提出诉求。</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>还没有服务记录。</source>
        <translation>还没有服务记录。</translation>
    </message>
    <message>
        <source>项目服务</source>
        <translation>项目服务</translation>
    </message>
    <message>
        <source>这份协议已有“%1”模板的全部节点，没有新生成。</source>
        <translation>这份协议已有“%1”模板的全部节点，没有新生成。</translation>
    </message>
    <message>
        <source>已按“%1”模板生成 %2 个服务节点，期限按协议约定的日期推算（悬停在“进度”上可看推算依据）。</source>
        <translation>已按“%1”模板生成 %2 个服务节点，期限按协议约定的日期推算（悬停在“进度”上可看推算依据）。</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>zs::ui::SettingsDialog</name>
    <message>
        <source>闲置后自动锁定</source>
        <translation>闲置后自动锁定</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>设置</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>安全</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>界面语言在下次启动时生效。</source>
        <translation>界面语言在下次启动时生效。</translation>
    </message>
    <message>
        <source>标准</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>较大</source>
        <translation>较大</translation>
    </message>
    <message>
        <source>大</source>
        <translation>大</translation>
    </message>
    <message>
        <source>特大</source>
        <translation>特大</translation>
    </message>
    <message>
        <source>%1（%2%）</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>文字大小</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>常规</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>同步</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>自动与总部同步</source>
        <translation>自动与总部同步</translation>
    </message>
    <message>
        <source>每小时</source>
        <translation>每小时</translation>
    </message>
    <message>
        <source>每 2 小时</source>
        <translation>每 2 小时</translation>
    </message>
    <message>
        <source>每 4 小时</source>
        <translation>每 4 小时</translation>
    </message>
    <message>
        <source>每 8 小时</source>
        <translation>每 8 小时</translation>
    </message>
    <message>
        <source>每天</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>网络恢复后立即同步</source>
        <translation>网络恢复后立即同步</translation>
    </message>
    <message>
        <source>在后台下载资料文件</source>
        <translation>在后台下载资料文件</translation>
    </message>
    <message>
        <source>同步频率</source>
        <translation>同步频率</translation>
    </message>
    <message>
        <source>关闭自动同步后，只有点“同步”才会同步；同步失败后的自动重试也随之停止。
不在后台下载资料文件时，打开某份资料才会下载它。</source>
        <translation>关闭自动同步后，只有点“同步”才会同步；同步失败后的自动重试也随之停止。
不在后台下载资料文件时，打开某份资料才会下载它。</translation>
    </message>
    <message>
        <source>B5（JIS）</source>
        <translation>B5（JIS）</translation>
    </message>
    <message>
        <source>彩色打印</source>
        <translation>彩色打印</translation>
    </message>
    <message>
        <source>双面打印（长边翻页）</source>
        <translation>双面打印（长边翻页）</translation>
    </message>
    <message>
        <source> 个</source>
        <translation> 个</translation>
    </message>
    <message>
        <source>纸张</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>宣传册默认章节</source>
        <translation>宣传册默认章节</translation>
    </message>
    <message>
        <source>推荐园区数</source>
        <translation>推荐园区数</translation>
    </message>
    <message>
        <source>打印时仍可在打印对话框中临时更改；宣传册的章节在编制时也可增减。</source>
        <translation>打印时仍可在打印对话框中临时更改；宣传册的章节在编制时也可增减。</translation>
    </message>
    <message>
        <source>宣传册至少要有一个章节。</source>
        <translation>宣传册至少要有一个章节。</translation>
    </message>
    <message>
        <source>请先在“打印”中至少选择一个宣传册章节。</source>
        <translation>请先在“打印”中至少选择一个宣传册章节。</translation>
    </message>
</context>
<context>
    <name>zs::ui::SiteMatchTab</name>
    <message>
        <source>显示被排除的</source>
        <translation>显示被排除的</translation>
    </message>
    <message>
        <source>也列出不可用的载体（已出租、类型不符、差距超出容差……）及原因</source>
        <translation>也列出不可用的载体（已出租、类型不符、差距超出容差……）及原因</translation>
    </message>
    <message>
        <source>名次</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>载体</source>
        <translation>载体</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>匹配度</source>
        <translation>匹配度</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>这个项目还没有选址需求。登记需求类型、面积、供电供水和配套要求后，这里按匹配度列出全市可供的用地和厂房，并说明每处符合和欠缺的地方。</source>
        <translation>这个项目还没有选址需求。登记需求类型、面积、供电供水和配套要求后，这里按匹配度列出全市可供的用地和厂房，并说明每处符合和欠缺的地方。</translation>
    </message>
    <message>
        <source>编辑选址需求…</source>
        <translation>编辑选址需求…</translation>
    </message>
    <message>
        <source>登记选址需求…</source>
        <translation>登记选址需求…</translation>
    </message>
    <message>
        <source>亩</source>
        <translation>亩</translation>
    </message>
    <message>
        <source>㎡</source>
        <translation>㎡</translation>
    </message>
    <message>
        <source>需要用地</source>
        <translation>需要用地</translation>
    </message>
    <message>
        <source>需要厂房</source>
        <translation>需要厂房</translation>
    </message>
    <message>
        <source>供电 %1 千伏安</source>
        <translation>供电 %1 千伏安</translation>
    </message>
    <message>
        <source>用水 %1 吨/日</source>
        <translation>用水 %1 吨/日</translation>
    </message>
    <message>
        <source>需要污水处理</source>
        <translation>需要污水处理</translation>
    </message>
    <message>
        <source>需要集中供热</source>
        <translation>需要集中供热</translation>
    </message>
    <message>
        <source>意向 %1</source>
        <translation>意向 %1</translation>
    </message>
    <message>
        <source>%1。可供 %2 处，排除 %3 处。</source>
        <translation>%1。可供 %2 处，排除 %3 处。</translation>
    </message>
    <message>
        <source>排除</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>预留所选载体</source>
        <translation>预留所选载体</translation>
    </message>
    <message>
        <source>把选中的载体预留给这个项目。下次同步时由总部确认：同一处载体先到者持有，后到的预留会被退回并说明由谁预留。</source>
        <translation>把选中的载体预留给这个项目。下次同步时由总部确认：同一处载体先到者持有，后到的预留会被退回并说明由谁预留。</translation>
    </message>
    <message>
        <source>%1 · 已预留</source>
        <translation>%1 · 已预留</translation>
    </message>
    <message>
        <source>预留载体</source>
        <translation>预留载体</translation>
    </message>
    <message>
        <source>已把「%1」预留给本项目。下次同步时由总部确认；如果其他组已先预留，这条预留会被退回，并在同步页说明由谁预留。</source>
        <translation>已把「%1」预留给本项目。下次同步时由总部确认；如果其他组已先预留，这条预留会被退回，并在同步页说明由谁预留。</translation>
    </message>
    <message>
        <source>推荐清单…</source>
        <translation>推荐清单…</translation>
    </message>
    <message>
        <source>把最匹配的三处载体及理由生成 PDF 推荐清单，可打印或存入资料库并记为发给企业</source>
        <translation>把最匹配的三处载体及理由生成 PDF 推荐清单，可打印或存入资料库并记为发给企业</translation>
    </message>
    <message>
        <source>面积 %1 至 %2 %3</source>
        <translation>面积 %1 至 %2 %3</translation>
    </message>
    <message>
        <source>推荐清单</source>
        <translation>推荐清单</translation>
    </message>
    <message>
        <source>把这份推荐清单存入资料库，并记为发给%1？</source>
        <translation>把这份推荐清单存入资料库，并记为发给%1？</translation>
    </message>
</context>
<context>
    <name>zs::ui::SyncIssuesView</name>
    <message>
        <source>同一处在本机和别的电脑上都改过时，以较晚的修改为准。下面是本机被覆盖的值，它们没有丢失：选中一行，点“恢复我的值”，这个值就作为您的新修改保存，下次同步时会覆盖总部和其他电脑上的值。双击一行可打开该记录。</source>
        <translation>同一处在本机和别的电脑上都改过时，以较晚的修改为准。下面是本机被覆盖的值，它们没有丢失：选中一行，点“恢复我的值”，这个值就作为您的新修改保存，下次同步时会覆盖总部和其他电脑上的值。双击一行可打开该记录。</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>记录类型</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>被覆盖的值</source>
        <translation>被覆盖的值</translation>
    </message>
    <message>
        <source>采用的值</source>
        <translation>采用的值</translation>
    </message>
    <message>
        <source>来自</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>没有冲突。两边改了同一处时，本机被覆盖的值会列在这里，可以恢复。</source>
        <translation>没有冲突。两边改了同一处时，本机被覆盖的值会列在这里，可以恢复。</translation>
    </message>
    <message>
        <source>恢复我的值</source>
        <translation>恢复我的值</translation>
    </message>
    <message>
        <source>把选中的被覆盖的值作为新修改保存，下次同步时生效</source>
        <translation>把选中的被覆盖的值作为新修改保存，下次同步时生效</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>没有被总部退回的修改。</source>
        <translation>没有被总部退回的修改。</translation>
    </message>
    <message>
        <source>（记录 %1）</source>
        <translation>（记录 %1）</translation>
    </message>
    <message>
        <source>%1 · 已恢复我的值</source>
        <translation>%1 · 已恢复我的值</translation>
    </message>
    <message>
        <source>设备 %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <source>采用的值来自这台设备（设备标识的前 8 位）</source>
        <translation>采用的值来自这台设备（设备标识的前 8 位）</translation>
    </message>
    <message>
        <source>冲突（%1）</source>
        <translation>冲突（%1）</translation>
    </message>
    <message>
        <source>冲突</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>被总部退回（%1）</source>
        <translation>被总部退回（%1）</translation>
    </message>
    <message>
        <source>被总部退回</source>
        <translation>被总部退回</translation>
    </message>
    <message>
        <source>已恢复“%1”的%2。它现在是本机的新修改，下次同步时会覆盖总部和其他电脑上的值。</source>
        <translation>已恢复“%1”的%2。它现在是本机的新修改，下次同步时会覆盖总部和其他电脑上的值。</translation>
    </message>
    <message>
        <source>下面这些修改没有被总部接收：通常是超出了账号的权限（例如把走访记到了别的组），或者记录的文字太多、超出了同步上限（本机在上传前就会拦下）。它们不会再上传，也不会耽误其他修改的同步，总部和同事都看不到。超出上限的，请缩短长文本后重新保存；其他的如有疑问，请把理由告诉总部管理员。</source>
        <translation>下面这些修改没有被总部接收：通常是超出了账号的权限（例如把走访记到了别的组），或者记录的文字太多、超出了同步上限（本机在上传前就会拦下）。它们不会再上传，也不会耽误其他修改的同步，总部和同事都看不到。超出上限的，请缩短长文本后重新保存；其他的如有疑问，请把理由告诉总部管理员。</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>zs::ui::SyncPage</name>
    <message>
        <source>%1 秒</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 分钟</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>与总部同步</source>
        <translation>与总部同步</translation>
    </message>
    <message>
        <source>与市招商总部交换记录：上传本机的新增和修改，下载总部和同事共享的记录。离线时照常工作，联网后自动同步。</source>
        <translation>与市招商总部交换记录：上传本机的新增和修改，下载总部和同事共享的记录。离线时照常工作，联网后自动同步。</translation>
    </message>
    <message>
        <source>这个工作区还没有登记到总部</source>
        <translation>这个工作区还没有登记到总部</translation>
    </message>
    <message>
        <source>登记后，这台电脑与市招商总部同步：
  · 您录入的客商、联系人、走访、项目线索和推介活动上传到总部，全市各组的工作汇成一盘棋；
  · 全市共享的客商和联系人、本组同事的走访和线索下载到本机，外出时离线也能查；
  · 联网时自动同步（每天至少一次，网络恢复时也会同步），也可以随时点“立即同步”；
  · 两边改了同一处时以较晚的修改为准，被覆盖的值保留在“冲突”里，可以恢复；
  · 传输全程加密，只信任总部发放的证书；账号权限由总部管理，电脑丢失时总部可以远程清除本机数据。</source>
        <translation>登记后，这台电脑与市招商总部同步：
  · 您录入的客商、联系人、走访、项目线索和推介活动上传到总部，全市各组的工作汇成一盘棋；
  · 全市共享的客商和联系人、本组同事的走访和线索下载到本机，外出时离线也能查；
  · 联网时自动同步（每天至少一次，网络恢复时也会同步），也可以随时点“立即同步”；
  · 两边改了同一处时以较晚的修改为准，被覆盖的值保留在“冲突”里，可以恢复；
  · 传输全程加密，只信任总部发放的证书；账号权限由总部管理，电脑丢失时总部可以远程清除本机数据。</translation>
    </message>
    <message>
        <source>登记需要：总部服务器地址、总部的 CA 证书文件（ca.pem），以及总部为您开设的账号和密码。</source>
        <translation>登记需要：总部服务器地址、总部的 CA 证书文件（ca.pem），以及总部为您开设的账号和密码。</translation>
    </message>
    <message>
        <source>登记到总部…</source>
        <translation>登记到总部…</translation>
    </message>
    <message>
        <source>登记为</source>
        <translation>登记为</translation>
    </message>
    <message>
        <source>组</source>
        <translation>组</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>服务器</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>本机设备</source>
        <translation>本机设备</translation>
    </message>
    <message>
        <source>待上传的修改</source>
        <translation>待上传的修改</translation>
    </message>
    <message>
        <source>上次成功同步</source>
        <translation>上次成功同步</translation>
    </message>
    <message>
        <source>上次错误</source>
        <translation>上次错误</translation>
    </message>
    <message>
        <source>CA 指纹</source>
        <translation>CA 指纹</translation>
    </message>
    <message>
        <source>立即同步</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>立即与总部同步（Ctrl+Shift+S 或 F5）</source>
        <translation>立即与总部同步（Ctrl+Shift+S 或 F5）</translation>
    </message>
    <message>
        <source>快捷键 Ctrl+Shift+S 或 F5</source>
        <translation>快捷键 Ctrl+Shift+S 或 F5</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>停止这次同步。已完成的部分保留，下次从这里继续。</source>
        <translation>停止这次同步。已完成的部分保留，下次从这里继续。</translation>
    </message>
    <message>
        <source>这个工作区还没有登记到总部，请先点“登记到总部…”。</source>
        <translation>这个工作区还没有登记到总部，请先点“登记到总部…”。</translation>
    </message>
    <message>
        <source>正在连接总部</source>
        <translation>正在连接总部</translation>
    </message>
    <message>
        <source>正在同步…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>%1 · 已处理 %2 条</source>
        <translation>%1 · 已处理 %2 条</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>已取消。已完成的部分都已保存，下次同步从这里继续。</source>
        <translation>已取消。已完成的部分都已保存，下次同步从这里继续。</translation>
    </message>
    <message>
        <source>上传 %1 条</source>
        <translation>上传 %1 条</translation>
    </message>
    <message>
        <source>下载 %1 条</source>
        <translation>下载 %1 条</translation>
    </message>
    <message>
        <source>%1 处冲突（见下方“冲突”）</source>
        <translation>%1 处冲突（见下方“冲突”）</translation>
    </message>
    <message>
        <source>%1 笔修改被总部退回（见“被总部退回”）</source>
        <translation>%1 笔修改被总部退回（见“被总部退回”）</translation>
    </message>
    <message>
        <source>按总部的权限移除了 %1 条记录</source>
        <translation>按总部的权限移除了 %1 条记录</translation>
    </message>
    <message>
        <source>，</source>
        <translation>，</translation>
    </message>
    <message>
        <source>同步没有完成：%1</source>
        <translation>同步没有完成：%1</translation>
    </message>
    <message>
        <source>。稍后会自动重试。</source>
        <translation>。稍后会自动重试。</translation>
    </message>
    <message>
        <source>总部已远程清除这台电脑：同步过的客商、联系人、走访、项目线索、推介活动和本机资料库都已删除，登记也已作废。如果这台电脑已经找回并要继续使用，请先联系总部，再重新登记。</source>
        <translation>总部已远程清除这台电脑：同步过的客商、联系人、走访、项目线索、推介活动和本机资料库都已删除，登记也已作废。如果这台电脑已经找回并要继续使用，请先联系总部，再重新登记。</translation>
    </message>
    <message>
        <source>本机数据已被总部清除</source>
        <translation>本机数据已被总部清除</translation>
    </message>
    <message>
        <source>已登记到总部，但未能把本机的走访、线索和活动归入本组：%1</source>
        <translation>已登记到总部，但未能把本机的走访、线索和活动归入本组：%1</translation>
    </message>
    <message>
        <source>已登记到总部：%1（%2）。正在进行第一次同步…</source>
        <translation>已登记到总部：%1（%2）。正在进行第一次同步…</translation>
    </message>
    <message>
        <source>总部已于 %1 远程清除了这台电脑上同步过的数据，原来的登记已作废。如果这台电脑已经找回并要继续使用，请先联系总部，再重新登记。</source>
        <translation>总部已于 %1 远程清除了这台电脑上同步过的数据，原来的登记已作废。如果这台电脑已经找回并要继续使用，请先联系总部，再重新登记。</translation>
    </message>
    <message>
        <source>本机现有 %1 条记录或修改，登记后第一次同步时会上传到总部。</source>
        <translation>本机现有 %1 条记录或修改，登记后第一次同步时会上传到总部。</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>本机新建的走访、项目线索和推介活动归入此组（team:%1）</source>
        <translation>本机新建的走访、项目线索和推介活动归入此组（team:%1）</translation>
    </message>
    <message>
        <source>（无法读取）</source>
        <translation>（无法读取）</translation>
    </message>
    <message>
        <source>0 条（都已上传）</source>
        <translation>0 条（都已上传）</translation>
    </message>
    <message>
        <source>%1 条</source>
        <translation>%1 条</translation>
    </message>
    <message>
        <source>从未同步</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>无</source>
        <translation>无</translation>
    </message>
    <message>
        <source>未使用（本机演示服务器，连接不加密）</source>
        <translation>未使用（本机演示服务器，连接不加密）</translation>
    </message>
    <message>
        <source>同步：未登记</source>
        <translation>同步：未登记</translation>
    </message>
    <message>
        <source>同步：正在同步…</source>
        <translation>同步：正在同步…</translation>
    </message>
    <message>
        <source>同步：%1 · %2</source>
        <translation>同步：%1 · %2</translation>
    </message>
    <message>
        <source>待上传 %1 条</source>
        <translation>待上传 %1 条</translation>
    </message>
    <message>
        <source>已全部上传</source>
        <translation>已全部上传</translation>
    </message>
    <message>
        <source>上次 %1</source>
        <translation>上次 %1</translation>
    </message>
    <message>
        <source>尚未同步</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>同步完成：%1。%2</source>
        <translation>同步完成：%1。%2</translation>
    </message>
    <message>
        <source>用时不到 1 秒。</source>
        <translation>用时不到 1 秒。</translation>
    </message>
    <message>
        <source>用时 %1 秒。</source>
        <translation>用时 %1 秒。</translation>
    </message>
    <message>
        <source>上次同步失败（连续 %1 次），%2 左右自动重试（间隔 %3）。</source>
        <translation>上次同步失败（连续 %1 次），%2 左右自动重试（间隔 %3）。</translation>
    </message>
    <message>
        <source> · 最近一次失败</source>
        <translation> · 最近一次失败</translation>
    </message>
    <message>
        <source>暂停下载</source>
        <translation>暂停下载</translation>
    </message>
    <message>
        <source>暂停下载资料文件。已下载的部分保留，下次同步后从断点继续。</source>
        <translation>暂停下载资料文件。已下载的部分保留，下次同步后从断点继续。</translation>
    </message>
    <message numerus="yes">
        <source>资料文件：正在下载，还有 %n 个（已收到 %1 / %2 MB）</source>
        <translation>
            <numerusform>资料文件：正在下载，还有 %n 个（已收到 %1 / %2 MB）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>资料文件：%n 个下载失败（%1），下次同步时重试</source>
        <translation>
            <numerusform>资料文件：%n 个下载失败（%1），下次同步时重试</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>资料文件：%n 个等待下载，下次同步后继续</source>
        <translation>
            <numerusform>资料文件：%n 个等待下载，下次同步后继续</numerusform>
        </translation>
    </message>
    <message>
        <source>自动同步已关闭：点“同步”时才会同步（设置 → 同步）。</source>
        <translation>自动同步已关闭：点“同步”时才会同步（设置 → 同步）。</translation>
    </message>
    <message>
        <source>每 %1 小时</source>
        <translation>每 %1 小时</translation>
    </message>
    <message>
        <source>自动同步已开启：%1至少一次，网络恢复时也会同步。</source>
        <translation>自动同步已开启：%1至少一次，网络恢复时也会同步。</translation>
    </message>
    <message>
        <source>自动同步已开启：%1至少一次。</source>
        <translation>自动同步已开启：%1至少一次。</translation>
    </message>
    <message>
        <source>每天</source>
        <comment>sync interval in a sentence</comment>
        <translation>每天</translation>
    </message>
</context>
<context>
    <name>zs::ui::UndoBar</name>
    <message>
        <source>撤销（Ctrl+Z）</source>
        <translation>撤销（Ctrl+Z）</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>已撤销。</source>
        <translation>已撤销。</translation>
    </message>
    <message>
        <source>无法撤销：%1</source>
        <translation>无法撤销：%1</translation>
    </message>
</context>
<context>
    <name>zs::ui::UnlockWidget</name>
    <message>
        <source>解锁</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>输入工作区口令</source>
        <translation>输入工作区口令</translation>
    </message>
    <message>
        <source>正在解锁…</source>
        <translation>正在解锁…</translation>
    </message>
    <message>
        <source>招商外勤 · 工作区已锁定</source>
        <translation>招商外勤 · 工作区已锁定</translation>
    </message>
    <message>
        <source>口令(&amp;P)</source>
        <translation>口令(&amp;P)</translation>
    </message>
    <message>
        <source>长时间没有操作，工作区已自动锁定。</source>
        <translation>长时间没有操作，工作区已自动锁定。</translation>
    </message>
    <message>
        <source>请等待 %1 秒后再试。</source>
        <translation>请等待 %1 秒后再试。</translation>
    </message>
    <message>
        <source>工作区：%1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>选择备份</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <source>招商外勤工作区 (*.zsdb)</source>
        <translation>招商外勤工作区 (*.zsdb)</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>备份的口令：</source>
        <translation>备份的口令：</translation>
    </message>
    <message>
        <source>已用备份替换损坏的工作区。损坏的文件保留在：
%1</source>
        <translation>已用备份替换损坏的工作区。损坏的文件保留在：
%1</translation>
    </message>
</context>
<context>
    <name>zs::ui::VisitDialog</name>
    <message>
        <source>跟进日期</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>新走访</source>
        <translation>新走访</translation>
    </message>
    <message>
        <source>走访记录（修改会保留历史）</source>
        <translation>走访记录（修改会保留历史）</translation>
    </message>
    <message>
        <source>输入企业名称的任意部分，或新企业的全称</source>
        <translation>输入企业名称的任意部分，或新企业的全称</translation>
    </message>
    <message>
        <source>具体地点，如企业总部、展会</source>
        <translation>具体地点，如企业总部、展会</translation>
    </message>
    <message>
        <source>（未选）</source>
        <translation>（未选）</translation>
    </message>
    <message>
        <source>名单里没有？写下新联系人的姓名</source>
        <translation>名单里没有？写下新联系人的姓名</translation>
    </message>
    <message>
        <source>如：陈志远、李晓燕</source>
        <translation>如：陈志远、李晓燕</translation>
    </message>
    <message>
        <source>谈了什么：企业计划、关注的政策、对韶关的印象……</source>
        <translation>谈了什么：企业计划、关注的政策、对韶关的印象……</translation>
    </message>
    <message>
        <source>发放的资料，如政策汇编、园区介绍</source>
        <translation>发放的资料，如政策汇编、园区介绍</translation>
    </message>
    <message>
        <source>企业*</source>
        <translation>企业*</translation>
    </message>
    <message>
        <source>时间*</source>
        <translation>时间*</translation>
    </message>
    <message>
        <source>地点*</source>
        <translation>地点*</translation>
    </message>
    <message>
        <source>目的</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>见到的人</source>
        <translation>见到的人</translation>
    </message>
    <message>
        <source>走访人员</source>
        <translation>走访人员</translation>
    </message>
    <message>
        <source>走访记录</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <source>成果</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>投资意向</source>
        <translation>投资意向</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>发放资料</source>
        <translation>发放资料</translation>
    </message>
    <message>
        <source>保存时将新建客商「%1」。</source>
        <translation>保存时将新建客商「%1」。</translation>
    </message>
    <message>
        <source>%1 修改「%2」：%3 → %4</source>
        <translation>%1 修改「%2」：%3 → %4</translation>
    </message>
    <message>
        <source>修改历史</source>
        <translation>修改历史</translation>
    </message>
    <message>
        <source>、</source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>保存时将新建客商「%1」。名录里已有名称相近的「%2」，如果是同一家，请从列表中选择它。</source>
        <translation>保存时将新建客商「%1」。名录里已有名称相近的「%2」，如果是同一家，请从列表中选择它。</translation>
    </message>
</context>
<context>
    <name>zs::ui::WatchPage</name>
    <message>
        <source>协议编号</source>
        <translation>协议编号</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>县（市、区）</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>退出情形</source>
        <translation>退出情形</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>起始日期</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>触发</source>
        <translation>触发</translation>
    </message>
    <message>
        <source>临近</source>
        <translation>临近</translation>
    </message>
    <message>
        <source>已处置</source>
        <translation>已处置</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>全部情形</source>
        <translation>全部情形</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>履约监测</source>
        <translation>履约监测</translation>
    </message>
    <message>
        <source>截至</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>全部县（市、区）</source>
        <translation>全部县（市、区）</translation>
    </message>
    <message>
        <source>本机还没有投资协议。县区跟踪服务专员登记的协议、本组签约项目的协议同步后会出现在这里。</source>
        <translation>本机还没有投资协议。县区跟踪服务专员登记的协议、本组签约项目的协议同步后会出现在这里。</translation>
    </message>
    <message>
        <source>共 %1 份协议：触发 %2 项，临近 %3 项，已处置 %4 项。</source>
        <translation>共 %1 份协议：触发 %2 项，临近 %3 项，已处置 %4 项。</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 份协议缺少近期履约进展（资料缺失不算正常）。</source>
        <translation>%1 份协议缺少近期履约进展（资料缺失不算正常）。</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>签约日期</source>
        <translation>签约日期</translation>
    </message>
    <message>
        <source>约定开工</source>
        <translation>约定开工</translation>
    </message>
    <message>
        <source>协议数</source>
        <translation>协议数</translation>
    </message>
    <message>
        <source>履约率</source>
        <translation>履约率</translation>
    </message>
    <message>
        <source>开工率</source>
        <translation>开工率</translation>
    </message>
    <message>
        <source>资金到位率</source>
        <translation>资金到位率</translation>
    </message>
    <message>
        <source>建成投产率</source>
        <translation>建成投产率</translation>
    </message>
    <message>
        <source>三未清单</source>
        <translation>三未清单</translation>
    </message>
    <message>
        <source>县区指标</source>
        <translation>县区指标</translation>
    </message>
    <message>
        <source>三未清单（%1）</source>
        <translation>三未清单（%1）</translation>
    </message>
    <message>
        <source>全市</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>没有触发退出情形的协议 %1 份 ÷ 协议 %2 份</source>
        <translation>没有触发退出情形的协议 %1 份 ÷ 协议 %2 份</translation>
    </message>
    <message>
        <source>已开工 %1 份 ÷ 已到约定开工日期 %2 份</source>
        <translation>已开工 %1 份 ÷ 已到约定开工日期 %2 份</translation>
    </message>
    <message>
        <source>报告的累计投资 %1 万元 ÷ 协议总投资 %2 万元</source>
        <translation>报告的累计投资 %1 万元 ÷ 协议总投资 %2 万元</translation>
    </message>
    <message>
        <source>已投产 %1 份 ÷ 已到约定投产日期 %2 份</source>
        <translation>已投产 %1 份 ÷ 已到约定投产日期 %2 份</translation>
    </message>
    <message>
        <source>需要关注</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <source>需要关注：触发、临近和已处置的退出情形</source>
        <translation>需要关注：触发、临近和已处置的退出情形</translation>
    </message>
    <message>
        <source>全部园区</source>
        <translation>全部园区</translation>
    </message>
    <message>
        <source>全部签约组</source>
        <translation>全部签约组</translation>
    </message>
    <message>
        <source>全部专员</source>
        <translation>全部专员</translation>
    </message>
</context>
<context>
    <name>zs::ui::WorkspaceView</name>
    <message>
        <source>工作台</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>客商</source>
        <translation>客商</translation>
    </message>
    <message>
        <source>客商名录</source>
        <translation>客商名录</translation>
    </message>
    <message>
        <source>走访</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>走访记录</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <source>项目线索</source>
        <translation>项目线索</translation>
    </message>
    <message>
        <source>推介活动</source>
        <translation>推介活动</translation>
    </message>
    <message>
        <source>资料与宣传册</source>
        <translation>资料与宣传册</translation>
    </message>
    <message>
        <source>同步</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>搜索（Ctrl+F）</source>
        <translation>搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>跟踪服务专员</source>
        <translation>跟踪服务专员</translation>
    </message>
    <message>
        <source>这条记录已被合并或删除。</source>
        <translation>这条记录已被合并或删除。</translation>
    </message>
    <message>
        <source>投资协议</source>
        <translation>投资协议</translation>
    </message>
    <message>
        <source>履约监测</source>
        <translation>履约监测</translation>
    </message>
    <message>
        <source>履约监测：自上次打开以来，新触发 %1 项，新临近 %2 项。按 Ctrl+9 查看。</source>
        <translation>履约监测：自上次打开以来，新触发 %1 项，新临近 %2 项。按 Ctrl+9 查看。</translation>
    </message>
    <message>
        <source>项目服务</source>
        <translation>项目服务</translation>
    </message>
    <message>
        <source>用地厂房</source>
        <translation>用地厂房</translation>
    </message>
    <message>
        <source>用地厂房清单</source>
        <translation>用地厂房清单</translation>
    </message>
    <message>
        <source>选址匹配</source>
        <translation>选址匹配</translation>
    </message>
    <message>
        <source>产业链图谱</source>
        <translation>产业链图谱</translation>
    </message>
</context>
</TS>