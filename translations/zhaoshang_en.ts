<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&lt;h3&gt;招商外勤 %1&lt;/h3&gt;&lt;p&gt;韶关市外驻招商人员的离线加密工作平台：客商名录、走访记录、项目线索、推介活动、资料与宣传册，每天与市招商总部同步。&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;SQLCipher %3（SQLite %4）&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Zhaoshang Field %1&lt;/h3&gt;&lt;p&gt;The offline, encrypted workspace of Shaoguan&apos;s stationed investment-promotion officers: company directory, visits, project leads, promotion events, materials and brochures, synchronised daily with the city&apos;s investment HQ.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;SQLCipher %3 (SQLite %4)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>关于招商外勤</source>
        <translation>About Zhaoshang Field</translation>
    </message>
</context>
<context>
    <name>AgreementWatch</name>
    <message>
        <source>%1 已采取措施：%2</source>
        <translation>%1 measure taken: %2</translation>
    </message>
    <message>
        <source>已于 %1 报告开工</source>
        <translation>Start reported on %1</translation>
    </message>
    <message>
        <source>协议未约定开工日期</source>
        <translation>The agreement sets no start date</translation>
    </message>
    <message>
        <source>约定开工日期 %1</source>
        <translation>Contracted start %1</translation>
    </message>
    <message>
        <source>约定 %1 开工，还有 %2 天</source>
        <translation>Start due %1, %2 days left</translation>
    </message>
    <message>
        <source>约定 %1 开工，还有 %2 天，尚无开工报告</source>
        <translation>Start due %1, %2 days left, no start reported</translation>
    </message>
    <message>
        <source>临近期 %1 天</source>
        <translation>Warning window %1 days</translation>
    </message>
    <message>
        <source>已逾期 %1 天未开工，尚未催促：先发出提醒，提醒后满 %2 天仍无进展即触发</source>
        <translation>Not started, %1 days late, no reminder yet: send a reminder first; it triggers when nothing moves %2 days after it</translation>
    </message>
    <message>
        <source>%1 已提醒，宽限 %2 天至 %3</source>
        <translation>Reminded on %1, grace of %2 days until %3</translation>
    </message>
    <message>
        <source>已逾期 %1 天未开工；%2 已提醒，宽限期至 %3</source>
        <translation>Not started, %1 days late; reminded on %2, grace until %3</translation>
    </message>
    <message>
        <source>约定 %1 开工，已逾期 %2 天；%3 提醒后满 %4 天仍无开工报告</source>
        <translation>Start due %1, %2 days late; no start reported %4 days after the reminder of %3</translation>
    </message>
    <message>
        <source>协议未约定分期投资进度</source>
        <translation>The agreement sets no investment tranches</translation>
    </message>
    <message>
        <source>最新报告 %1：累计投资 %2 万元</source>
        <translation>Latest report %1: cumulative investment 10k CNY %2</translation>
    </message>
    <message>
        <source>约定 %1 前累计投资 %2 万元</source>
        <translation>Cumulative investment of 10k CNY %2 due by %1</translation>
    </message>
    <message>
        <source>约定 %1 前累计投资 %2 万元，但没有报送累计投资，无法判断</source>
        <translation>Cumulative investment of 10k CNY %2 due by %1, but none reported: cannot judge</translation>
    </message>
    <message>
        <source>约定 %1 前累计投资 %2 万元，实际 %3 万元，差 %4 万元（完成 %5%）</source>
        <translation>Cumulative investment of 10k CNY %2 due by %1, actual %3, short by %4 (%5% reached)</translation>
    </message>
    <message>
        <source>%1 前须累计投资 %2 万元（还有 %3 天），目前 %4 万元</source>
        <translation>Cumulative investment of 10k CNY %2 due by %1 (%3 days left), now %4</translation>
    </message>
    <message>
        <source>未报送</source>
        <translation>not reported</translation>
    </message>
    <message>
        <source>累计投资已达约定进度</source>
        <translation>Cumulative investment on schedule</translation>
    </message>
    <message>
        <source>尚无到期的投资进度</source>
        <translation>No tranche due yet</translation>
    </message>
    <message>
        <source>尚未报告建成</source>
        <translation>Completion not reported yet</translation>
    </message>
    <message>
        <source>%1 报告建成，投产期限 %2 天至 %3</source>
        <translation>Completion reported %1; production due within %2 days, by %3</translation>
    </message>
    <message>
        <source>设备投资承诺 %1 万元，已购 %2</source>
        <translation>Equipment promised 10k CNY %1, bought %2</translation>
    </message>
    <message>
        <source>%1 万元</source>
        <translation>10k CNY %1</translation>
    </message>
    <message>
        <source>已于 %1 投产</source>
        <translation>Producing since %1</translation>
    </message>
    <message>
        <source>已建成，须在 %1 前投产（还有 %2 天）</source>
        <translation>Built; production due by %1 (%2 days left)</translation>
    </message>
    <message>
        <source>已建成，投产期限至 %1</source>
        <translation>Built; production due by %1</translation>
    </message>
    <message>
        <source>%1 建成，满 %2 天仍未投产</source>
        <translation>Built %1, not producing after %2 days</translation>
    </message>
    <message>
        <source>已投产，但设备投资 %1 万元低于承诺 %2 万元</source>
        <translation>Producing, but equipment of 10k CNY %1 is below the %2 promised</translation>
    </message>
    <message>
        <source>（未报送）</source>
        <translation>(not reported)</translation>
    </message>
    <message>
        <source>已于 %1 投产，设备投资达到承诺</source>
        <translation>Producing since %1, equipment as promised</translation>
    </message>
    <message>
        <source>协议未约定达产年份</source>
        <translation>The agreement sets no year of full production</translation>
    </message>
    <message>
        <source>达产年份 %1 年尚未结束</source>
        <translation>Full-production year %1 not over</translation>
    </message>
    <message>
        <source>达产年份 %1 年：约定年产值 %2 万元、年税收 %3 万元、用工 %4 人</source>
        <translation>Full-production year %1: output 10k CNY %2, tax 10k CNY %3, %4 jobs promised</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>达产年份 %1 年的产值、税收和用工尚未报送，无法判断</source>
        <translation>Output, tax and jobs for %1 not reported: cannot judge</translation>
    </message>
    <message>
        <source>%1未报送</source>
        <translation>%1 not reported</translation>
    </message>
    <message>
        <source>%1：约定 %2 %3，实际 %4 %3（%5%）</source>
        <translation>%1: promised %2 %3, actual %4 %3 (%5%)</translation>
    </message>
    <message>
        <source>%1达成 %2%</source>
        <translation>%1 at %2%</translation>
    </message>
    <message>
        <source>年产值</source>
        <translation>Annual output</translation>
    </message>
    <message>
        <source>万元</source>
        <translation>10k CNY</translation>
    </message>
    <message>
        <source>年税收</source>
        <translation>Annual tax</translation>
    </message>
    <message>
        <source>用工</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>人</source>
        <translation>people</translation>
    </message>
    <message>
        <source>亩均税收 %1 万元/亩（年税收 ÷ 用地 %2 亩）</source>
        <translation>Tax per mu 10k CNY %1 (annual tax ÷ %2 mu)</translation>
    </message>
    <message>
        <source>协议未约定达产指标</source>
        <translation>The agreement sets no production targets</translation>
    </message>
    <message>
        <source>%1 年达产指标已达到</source>
        <translation>Targets for %1 met</translation>
    </message>
    <message>
        <source>%1 年达产指标未达标（%2）：%3</source>
        <translation>Targets for %1 missed (%2): %3</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 发现的%2已于 %3 整改</source>
        <translation>%2 found %1, rectified %3</translation>
    </message>
    <message>
        <source>%1 记录%2，尚未纠正</source>
        <translation>%2 recorded %1, not corrected</translation>
    </message>
    <message>
        <source>%1 发现%2，未定整改期限</source>
        <translation>%2 found %1, no rectification deadline set</translation>
    </message>
    <message>
        <source>%1 发现%2，整改期限 %3 已过，尚未整改完成</source>
        <translation>%2 found %1, rectification deadline %3 passed, not rectified</translation>
    </message>
    <message>
        <source>%1 发现%2，整改期限 %3（还有 %4 天）</source>
        <translation>%2 found %1, rectification due %3 (%4 days left)</translation>
    </message>
    <message>
        <source>没有记录其他违约</source>
        <translation>No other breach recorded</translation>
    </message>
    <message>
        <source>没有未整改的合规问题</source>
        <translation>No open compliance finding</translation>
    </message>
    <message>
        <source>最近一次履约进展报告是 %1，已 %2 天没有报送</source>
        <translation>Last progress report %1, none for %2 days</translation>
    </message>
    <message>
        <source>%1 签约后 %2 天没有报送过履约进展</source>
        <translation>No progress report in the %2 days since signing on %1</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>临近</source>
        <translation>Approaching</translation>
    </message>
    <message>
        <source>触发</source>
        <translation>Triggered</translation>
    </message>
    <message>
        <source>已处置</source>
        <translation>Handled</translation>
    </message>
    <message>
        <source>签约未开工</source>
        <translation>Signed, not started</translation>
    </message>
    <message>
        <source>开工未竣工</source>
        <translation>Started, not completed</translation>
    </message>
    <message>
        <source>竣工未投产</source>
        <translation>Completed, not producing</translation>
    </message>
    <message>
        <source>已投产</source>
        <translation>Producing</translation>
    </message>
</context>
<context>
    <name>AgreementWatchService</name>
    <message>
        <source>协议编号</source>
        <translation>Agreement no.</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>县（市、区）</source>
        <translation>County</translation>
    </message>
    <message>
        <source>园区</source>
        <translation>Park</translation>
    </message>
    <message>
        <source>情形</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>情形名称</source>
        <translation>Condition name</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>起始日期</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>催告函 %1</source>
        <translation>Formal notice %1</translation>
    </message>
    <message>
        <source>发出催告函 %1</source>
        <translation>Formal notice %1 sent</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>磁盘空间不足，无法写入文件。请腾出空间后重试，已有数据没有改变。</source>
        <translation>The disk is full; the file could not be written. Free some space and try again. Existing data is unchanged.</translation>
    </message>
    <message>
        <source>无法写入文件。已有数据没有改变。</source>
        <translation>The file could not be written. Existing data is unchanged.</translation>
    </message>
</context>
<context>
    <name>BrochureComposer</name>
    <message>
        <source>省级园区</source>
        <translation>Provincial-level park</translation>
    </message>
    <message>
        <source>市级园区</source>
        <translation>City-level park</translation>
    </message>
    <message>
        <source>县级园区</source>
        <translation>County-level park</translation>
    </message>
    <message>
        <source>主导产业</source>
        <translation>Leading industries</translation>
    </message>
    <message>
        <source>未知的政策章节「%1」。可选：%2</source>
        <translation>Unknown policy section “%1”. Available: %2</translation>
    </message>
    <message>
        <source>联系我们</source>
        <translation>Contact Us</translation>
    </message>
    <message>
        <source>韶关市招商引资工作专班 · 欢迎实地考察，全程专人服务。</source>
        <translation>Shaoguan Investment Promotion Task Force · Site visits welcome, with a dedicated contact throughout.</translation>
    </message>
    <message>
        <source>广东 · 韶关</source>
        <translation>Guangdong · Shaoguan</translation>
    </message>
    <message>
        <source>投资韶关 · 政策指南</source>
        <translation>Invest in Shaoguan · Policy Guide</translation>
    </message>
    <message>
        <source>粤北生态发展区中心城市 · 对接粤港澳大湾区</source>
        <translation>Central city of the Northern Guangdong Ecological Development Zone · Linked to the Guangdong–Hong Kong–Macao Greater Bay Area</translation>
    </message>
    <message>
        <source>致：%1</source>
        <translation>To: %1</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>本册为贵企业整理了韶关在用地、财税、人才、要素保障、产业链配套和项目服务方面的政策要点，并推荐与贵企业产业方向相符的园区：%1。具体条款以双方签订的投资协议为准。</source>
        <translation>This brochure summarises Shaoguan&apos;s policies on land, finance and tax, talent, factor supply, industrial-chain support and project services for your company, and recommends parks that match your industry: %1. The investment agreement signed by both parties prevails on all specific terms.</translation>
    </message>
    <message>
        <source>宣传册生成失败。</source>
        <translation>The brochure could not be generated.</translation>
    </message>
    <message>
        <source>、</source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>各位投资者</source>
        <translation>Investors</translation>
    </message>
    <message>
        <source>电话：%1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>邮箱：%1</source>
        <translation>Email: %1</translation>
    </message>
    <message>
        <source>推荐园区：</source>
        <translation>Recommended parks: </translation>
    </message>
    <message>
        <source>本册内容</source>
        <translation>In this brochure</translation>
    </message>
    <message>
        <source>「%1」不是图片，不能作为封面配图。</source>
        <translation>“%1” is not a picture and cannot go on the cover.</translation>
    </message>
    <message>
        <source>封面配图「%1」无法读取，文件可能已损坏。</source>
        <translation>The cover picture “%1” cannot be read; the file may be damaged.</translation>
    </message>
</context>
<context>
    <name>ChainMap</name>
    <message>
        <source>本地企业 %1 家、落地项目 %2 个</source>
        <translation>%1 local enterprises, %2 landed projects</translation>
    </message>
    <message>
        <source>本地企业 %1 家、落地项目 %2 个，少于 %3 个，需强链</source>
        <translation>%1 local enterprises, %2 landed projects: fewer than %3, to be strengthened</translation>
    </message>
    <message>
        <source>尚无本地企业和落地项目，只有在谈线索 %1 条</source>
        <translation>No local enterprise or landed project yet, only %1 leads being worked on</translation>
    </message>
    <message>
        <source>本地尚无企业、落地项目或在谈线索，需补链</source>
        <translation>No local enterprise, landed project or lead yet: a gap to fill</translation>
    </message>
    <message>
        <source>；在谈线索 %1 条</source>
        <translation>; %1 leads being worked on</translation>
    </message>
    <message>
        <source>已覆盖</source>
        <translation>Covered</translation>
    </message>
    <message>
        <source>薄弱</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>空白</source>
        <translation>Empty</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>工作区文件。</source>
        <translation>Workspace file.</translation>
    </message>
    <message>
        <source>从文件第一行读取口令。</source>
        <translation>Read the passphrase from the first line of a file.</translation>
    </message>
    <message>
        <source>passwd：从文件读取新口令。</source>
        <translation>passwd: read the new passphrase from a file.</translation>
    </message>
    <message>
        <source>工作区口令：</source>
        <translation>Workspace passphrase: </translation>
    </message>
    <message>
        <source>口令不符合要求：</source>
        <translation>The passphrase does not meet the rules: </translation>
    </message>
    <message>
        <source>新工作区的口令：</source>
        <translation>Passphrase for the new workspace: </translation>
    </message>
    <message>
        <source>已创建加密工作区：%1</source>
        <translation>Encrypted workspace created: %1</translation>
    </message>
    <message>
        <source>完整性检查发现 %1 处问题。请用备份恢复。</source>
        <translation>The integrity check found %1 problem(s). Restore from a backup.</translation>
    </message>
    <message>
        <source>完整性检查通过：%1</source>
        <translation>Integrity check passed: %1</translation>
    </message>
    <message>
        <source>当前口令：</source>
        <translation>Current passphrase: </translation>
    </message>
    <message>
        <source>新口令：</source>
        <translation>New passphrase: </translation>
    </message>
    <message>
        <source>口令已修改。</source>
        <translation>Passphrase changed.</translation>
    </message>
    <message>
        <source>已备份到 %1（密钥文件 %1.key），用同一个口令打开。</source>
        <translation>Backed up to %1 (key file %1.key); it opens with the same passphrase.</translation>
    </message>
    <message>
        <source>数据库密钥已轮换，全部数据已用新密钥重新加密。</source>
        <translation>Database key rotated; all data is re-encrypted under the new key.</translation>
    </message>
    <message>
        <source>缺少命令。</source>
        <translation>Missing command.</translation>
    </message>
    <message>
        <source>未知命令：%1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>显示版本。</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>要执行的命令。</source>
        <translation>The command to run.</translation>
    </message>
    <message>
        <source>多余的参数：%1</source>
        <translation>Unexpected arguments: %1</translation>
    </message>
    <message>
        <source>%1 需要 --db PATH。</source>
        <translation>%1 needs --db PATH.</translation>
    </message>
    <message>
        <source>%1 需要 --%2。</source>
        <translation>%1 needs --%2.</translation>
    </message>
    <message>
        <source>backup、export：输出文件的位置。</source>
        <translation>backup, export: where to write the output file.</translation>
    </message>
    <message>
        <source>demo：生成的走访记录数。</source>
        <translation>demo: number of visit records to generate.</translation>
    </message>
    <message>
        <source>demo：随机种子（相同种子生成相同数据）。</source>
        <translation>demo: random seed (the same seed gives the same data).</translation>
    </message>
    <message>
        <source>import：只检查，不写入。</source>
        <translation>import: check only; write nothing.</translation>
    </message>
    <message>
        <source>search：最多返回几条。</source>
        <translation>search: maximum number of results.</translation>
    </message>
    <message>
        <source>--visits 应为 0 到 10000000 之间的整数。</source>
        <translation>--visits must be a whole number from 0 to 10000000.</translation>
    </message>
    <message>
        <source>search 需要查询词，例如：zhaoshang-cli search --db ws.zsdb 韶关</source>
        <translation>search needs a query, for example: zhaoshang-cli search --db ws.zsdb 韶关</translation>
    </message>
    <message>
        <source>无法读取文件：%1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <source>已导出 %1 条到 %2</source>
        <translation>Exported %1 record(s) to %2</translation>
    </message>
    <message>
        <source>brochure：目标企业的 id 或名称。</source>
        <translation>brochure: ID or name of the target company.</translation>
    </message>
    <message>
        <source>brochure：政策章节，如 land,tax,talent（默认全部）。</source>
        <translation>brochure: policy sections, e.g. land,tax,talent (default: all).</translation>
    </message>
    <message>
        <source>找不到企业「%1」。</source>
        <translation>Company “%1” not found.</translation>
    </message>
    <message>
        <source>无法写入文件：%1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
    <message>
        <source>宣传册已生成：%1（%2 KB，%3 毫秒）</source>
        <translation>Brochure created: %1 (%2 KB, %3 ms)</translation>
    </message>
    <message>
        <source>material-import：资料名称。</source>
        <translation>material-import: title of the material.</translation>
    </message>
    <message>
        <source>material-import：发布单位。</source>
        <translation>material-import: publisher.</translation>
    </message>
    <message>
        <source>文件太大，资料库最多接受 100 MB 的文件。</source>
        <translation>The file is too large; the materials library accepts files up to 100 MB.</translation>
    </message>
    <message>
        <source>资料库已有同一份文件：%1</source>
        <translation>The library already holds this file: %1</translation>
    </message>
    <message>
        <source>已导入资料：%1（%2 页）</source>
        <translation>Material imported: %1 (%2 pages)</translation>
    </message>
    <message>
        <source>enroll：总部服务器地址，如 https://hq.example:8443。</source>
        <translation>enroll: HQ server address, e.g. https://hq.example:8443.</translation>
    </message>
    <message>
        <source>enroll：总部账号（密码从标准输入读取）。</source>
        <translation>enroll: HQ account (password is read from standard input).</translation>
    </message>
    <message>
        <source>enroll：总部 CA 证书文件（PEM）。</source>
        <translation>enroll: HQ CA certificate file (PEM).</translation>
    </message>
    <message>
        <source>enroll 需要 --user。</source>
        <translation>enroll requires --user.</translation>
    </message>
    <message>
        <source>无法读取 CA 证书：%1</source>
        <translation>Cannot read the CA certificate: %1</translation>
    </message>
    <message>
        <source>无法读取标准输入</source>
        <translation>Cannot read standard input</translation>
    </message>
    <message>
        <source>CA 指纹：%1</source>
        <translation>CA fingerprint: %1</translation>
    </message>
    <message>
        <source>import、export、get：companies、contacts、visits（export、get 还可 leads、events、materials）。</source>
        <translation>import, export, get: companies, contacts, visits (export and get also leads, events, materials).</translation>
    </message>
    <message>
        <source>--kind 可选 %1。</source>
        <translation>--kind takes one of %1.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>import：要导入的 CSV 文件；log-visit：走访的 JSON 文件。</source>
        <translation>import: the CSV file to import; log-visit: the visit&apos;s JSON file.</translation>
    </message>
    <message>
        <source>move-stage：新阶段，如 inspection、negotiation、signed。</source>
        <translation>move-stage: the new stage, e.g. inspection, negotiation, signed.</translation>
    </message>
    <message>
        <source>move-stage：原因（退回、搁置、终止时必填）。</source>
        <translation>move-stage: the reason (required when moving back, on hold or closing).</translation>
    </message>
    <message>
        <source>无法读取走访文件：%1</source>
        <translation>Cannot read the visit file: %1</translation>
    </message>
    <message>
        <source>走访文件不是一个 JSON 对象：%1</source>
        <translation>The visit file is not a JSON object: %1</translation>
    </message>
    <message>
        <source>move-stage 需要 --id。</source>
        <translation>move-stage needs --id.</translation>
    </message>
    <message>
        <source>get、move-stage、delete、restore：记录的 id（可重复）。</source>
        <translation>get, move-stage, delete, restore: ID of the record (may be repeated).</translation>
    </message>
    <message>
        <source>merge：保留的记录的 id。</source>
        <translation>merge: ID of the record to keep.</translation>
    </message>
    <message>
        <source>merge：并入并删除的重复记录的 id。</source>
        <translation>merge: ID of the duplicate to merge in and delete.</translation>
    </message>
    <message>
        <source>merge：撤销这次合并（合并时输出的 merge_id）。</source>
        <translation>merge: undo this merge (the merge_id printed by the merge).</translation>
    </message>
    <message>
        <source>merge 需要 --kind companies --into ID --from ID，或 --undo MERGE_ID。</source>
        <translation>merge needs --kind companies --into ID --from ID, or --undo MERGE_ID.</translation>
    </message>
    <message>
        <source>merge 需要 --into 和 --from。</source>
        <translation>merge needs --into and --from.</translation>
    </message>
    <message>
        <source>brochure：封面配图（资料库中图片的 id 或名称）。</source>
        <translation>brochure: the cover picture (id or title of a picture in the library).</translation>
    </message>
    <message>
        <source>资料库里没有「%1」。</source>
        <translation>The library has no “%1”.</translation>
    </message>
    <message>
        <source>已导入资料：%1</source>
        <translation>Material imported: %1</translation>
    </message>
    <message>
        <source>区位示意图生成失败。</source>
        <translation>The location schematic could not be drawn.</translation>
    </message>
    <message>
        <source>韶关区位示意图</source>
        <translation>Shaoguan location schematic</translation>
    </message>
    <message>
        <source>韶关市投资促进局</source>
        <translation>Shaoguan Investment Promotion Bureau</translation>
    </message>
    <message>
        <source>区位,交通,封面配图</source>
        <translation>location,transport,cover picture</translation>
    </message>
    <message>
        <source>--format 可选 json 或 csv。</source>
        <translation>--format takes json or csv.</translation>
    </message>
    <message>
        <source>watch：输出格式 json 或 csv。</source>
        <translation>watch: output format, json or csv.</translation>
    </message>
    <message>
        <source>--as-of 应为日期，如 2026-12-08。</source>
        <translation>--as-of must be a date, e.g. 2026-12-08.</translation>
    </message>
    <message>
        <source>notice：退出情形 1–6。</source>
        <translation>notice: the exit condition, 1–6.</translation>
    </message>
    <message>
        <source>notice 需要 --agreement 协议编号 --condition 1–6 --out F.pdf（--as-of 日期可选）。</source>
        <translation>notice needs --agreement NUMBER --condition 1–6 --out F.pdf (--as-of DATE optional).</translation>
    </message>
    <message>
        <source>watch、service：按哪一天判断（默认今天），如 2026-12-08。</source>
        <translation>watch, service: the day to judge as of (default today), e.g. 2026-12-08.</translation>
    </message>
    <message>
        <source>notice、service：投资协议编号或 id。</source>
        <translation>notice, service: the investment agreement number or id.</translation>
    </message>
    <message>
        <source>service：按模板生成协议还没有的服务节点（industrial 或 leased-factory）。</source>
        <translation>service: make the template&apos;s milestones the agreement does not have yet (industrial or leased-factory).</translation>
    </message>
    <message>
        <source>match：项目线索的 id 或项目名称。</source>
        <translation>match: the lead&apos;s id or project name.</translation>
    </message>
    <message>
        <source>match：列出最匹配的几处（默认 3）。</source>
        <translation>match: how many of the best sites to list (default 3).</translation>
    </message>
    <message>
        <source>match：也列出被排除的载体及原因。</source>
        <translation>match: also list the excluded sites and why.</translation>
    </message>
    <message>
        <source>match 需要 --lead 项目 [--top N，N ≥ 1] [--all]，输出格式为 json。</source>
        <translation>match needs --lead PROJECT [--top N, N ≥ 1] [--all]; the output format is json.</translation>
    </message>
    <message>
        <source>reserve：用地厂房的名称或 id。</source>
        <translation>reserve: the site&apos;s name or id.</translation>
    </message>
    <message>
        <source>reserve：取消这个项目对该载体的预留。</source>
        <translation>reserve: give back this project&apos;s reservation of the site.</translation>
    </message>
    <message>
        <source>notice：把催告函存入资料库并登记为处置措施；match：把推荐载体清单存入资料库并记为发给企业。</source>
        <translation>notice: keep the notice in the library and record it as a measure; match: keep the site list in the library as handed out to the company.</translation>
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
        <translation>Investment promotion field tool, command line.

Commands:
  init        Create an encrypted workspace
  verify      Check workspace integrity
  stats       Print workspace statistics as JSON
  passwd      Change the passphrase
  backup      Back up the workspace (encrypted)
  rotate-key  Rotate the database key
  demo        Generate demo data (--visits N; --kind specialists makes the follow-up specialists list, --kind duplicates makes duplicate companies and merges one pair, --kind map puts the location schematic into the materials library, --kind agreements makes Shixing&apos;s investment agreements, --kind sites makes the city&apos;s site inventory, --kind site-requirements registers site requirements for leads, --kind chain-example makes the chain map&apos;s example)
  search      Full-text search (search QUERY)
  import      Import from CSV (--kind companies|contacts|visits --file F [--dry-run])
  export      Export a list as CSV or .xlsx (--kind … --out F.csv|F.xlsx)
  get         Print one record and its detail rows as JSON (--kind leads --id ID)
  log-visit   Log a visit (--file visit.json; it may name a new company, new contacts and materials handed out)
  move-stage  Move a project lead to another stage (--id ID --stage CODE [--reason TEXT])
  merge       Merge duplicate records (--kind companies --into KEPT_ID --from DUPLICATE_ID; --undo MERGE_ID undoes)
  delete      Delete records (--kind … --id ID, --id may repeat); restore brings deleted records back
  brochure    Generate a policy brochure PDF for a company (--company ID --sections land,tax [--cover PICTURE] --out F.pdf)
  material-import  Import a PDF or image into the encrypted materials library (--file F [--title T --kind policy --publisher P])
  enroll      Enroll with HQ (--server URL --user NAME [--ca FILE]; password is read from standard input)
  sync        Sync with HQ once and print a JSON summary
  sync-status Sync status, conflicts and refused changes (JSON)
  watch       The investment-agreement watch (--as-of DATE --format json|csv), one entry per agreement and exit condition
  notice      A formal notice (催告函) as PDF (--agreement NUMBER --condition N --out F.pdf [--record records it as a measure])
  service     Project service: milestones, enterprise requests and the service log (JSON; --agreement NUMBER [--as-of DATE]
              [--template industrial makes the milestones it does not have yet])
  match       Match sites to a lead&apos;s site requirement (--lead PROJECT [--top 3] [--all] --format json), with reasons;
              --out F.pdf writes the recommended site list [--record keeps it as handed out to the company]
  chains      The industrial-chain map (JSON): each link covered, weak or empty, with local enterprises, landed projects and leads
  reserve     Reserve a site for a project (--site NAME --lead PROJECT [--release gives it back]); HQ settles it at the next sync, the first to arrive holds it

Passphrase source: --passphrase-file, the environment variable ZHAOSHANG_PASSPHRASE, or a terminal prompt.</translation>
    </message>
</context>
<context>
    <name>CompanyRepository</name>
    <message>
        <source>请填写企业名称。</source>
        <translation>Enter the company name.</translation>
    </message>
    <message>
        <source>企业名称太长（最多 %1 个字）。</source>
        <translation>The company name is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>年营业收入不能为负数。</source>
        <translation>Annual revenue cannot be negative.</translation>
    </message>
    <message>
        <source>企业规模无效。</source>
        <translation>Invalid company size.</translation>
    </message>
    <message>
        <source>已有相同统一社会信用代码的客商：「%1」。</source>
        <translation>A company with the same unified social credit code already exists: “%1”.</translation>
    </message>
    <message>
        <source>已有同名客商：「%1」。</source>
        <translation>A company with the same name already exists: “%1”.</translation>
    </message>
    <message>
        <source>找不到这条客商记录，可能已被删除。</source>
        <translation>This company was not found; it may have been deleted.</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>请填写联系人姓名。</source>
        <translation>Enter the contact&apos;s name.</translation>
    </message>
    <message>
        <source>找不到这位联系人，可能已被删除。</source>
        <translation>This contact was not found; it may have been deleted.</translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>统一社会信用代码应为 18 位，现在是 %1 位。</source>
        <translation>A unified social credit code has 18 characters; this one has %1.</translation>
    </message>
    <message>
        <source>含有不允许的字符「%1」。统一社会信用代码只用数字和大写字母，不用 I、O、S、V、Z。</source>
        <translation>Contains the character “%1”, which is not allowed. A unified social credit code uses only digits and capital letters, never I, O, S, V or Z.</translation>
    </message>
    <message>
        <source>第 3–8 位是行政区划码，应为数字。</source>
        <translation>Characters 3–8 are the administrative division code and must be digits.</translation>
    </message>
    <message>
        <source>校验位不符：按前 17 位计算，最后一位应为「%1」。请核对是否抄错。</source>
        <translation>The check character does not match: from the first 17 characters, the last one should be “%1”. Check for a copying mistake.</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>缺少必需的列「%1」。表头是：%2</source>
        <translation>The required column “%1” is missing. The header is: %2</translation>
    </message>
    <message>
        <source>产业「%1」不在产业链目录中。</source>
        <translation>The industry “%1” is not in the industrial chain catalogue.</translation>
    </message>
    <message>
        <source>规模「%1」无法识别，可填微型、小型、中型、大型。</source>
        <translation>Size “%1” not recognised; use Micro, Small, Medium or Large.</translation>
    </message>
    <message>
        <source>「%1」不是数字。</source>
        <translation>“%1” is not a number.</translation>
    </message>
    <message>
        <source>请填「是」或「否」。</source>
        <translation>Enter “yes” or “no”.</translation>
    </message>
    <message>
        <source>与第 %1 行是同一家企业，只导入一次。</source>
        <translation>Same company as line %1; imported only once.</translation>
    </message>
    <message>
        <source>工作区已有「%1」，不重复导入。</source>
        <translation>“%1” is already in the workspace; not imported again.</translation>
    </message>
    <message>
        <source>找不到企业「%1」，请先导入客商。</source>
        <translation>Company “%1” not found; import the companies first.</translation>
    </message>
    <message>
        <source>「%1」已是该企业的联系人。</source>
        <translation>“%1” is already a contact of this company.</translation>
    </message>
    <message>
        <source>无法识别的日期「%1」，请用 2026-11-27 这样的格式。</source>
        <translation>Unrecognised date “%1”; use a format like 2026-11-27.</translation>
    </message>
    <message>
        <source>走访目的「%1」无法识别。</source>
        <translation>Visit purpose “%1” not recognised.</translation>
    </message>
    <message>
        <source>同一企业、同一时间、同样记录的走访已存在。</source>
        <translation>A visit to the same company at the same time with the same notes already exists.</translation>
    </message>
    <message>
        <source>第 %1 条记录写入失败：%2 没有导入任何数据。</source>
        <translation>Record %1 could not be written: %2 Nothing was imported.</translation>
    </message>
    <message>
        <source>未知的导入类型「%1」：可选 %2。</source>
        <translation>Unknown import kind &quot;%1&quot;: choose %2.</translation>
    </message>
    <message>
        <source>%1不能从 CSV 导入。</source>
        <translation>%1 cannot be imported from CSV.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>文件太大（超过 64 MB），请分成几个文件导入。</source>
        <translation>The file is too large (over 64 MB); split it into several files.</translation>
    </message>
    <message>
        <source>第 %1 行：引号没有闭合，文件可能不完整。</source>
        <translation>Line %1: a quote is not closed; the file may be incomplete.</translation>
    </message>
    <message>
        <source>文件是空的，没有表头也没有数据。</source>
        <translation>The file is empty: no header and no data.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>找不到数据库文件。</source>
        <translation>The database file was not found.</translation>
    </message>
    <message>
        <source>该位置已有文件，不会覆盖。</source>
        <translation>A file already exists there; it will not be overwritten.</translation>
    </message>
    <message>
        <source>这是一个未加密的 SQLite 文件，不是招商外勤工作区。</source>
        <translation>This is an unencrypted SQLite file, not a Zhaoshang Field workspace.</translation>
    </message>
    <message>
        <source>数据库无法解密：文件已损坏，或与它的密钥文件不匹配。</source>
        <translation>The database cannot be decrypted: the file is damaged or does not match its key file.</translation>
    </message>
    <message>
        <source>磁盘空间不足，操作已撤销，数据没有改变。请腾出空间后重试。</source>
        <translation>The disk is full. The operation was undone and no data changed. Free some space and try again.</translation>
    </message>
    <message>
        <source>数据库文件已损坏。请用备份恢复。</source>
        <translation>The database file is damaged. Restore from a backup.</translation>
    </message>
    <message>
        <source>数据库正被另一个程序使用，请稍后再试。</source>
        <translation>The database is in use by another program. Try again shortly.</translation>
    </message>
    <message>
        <source>无法读写数据库文件。</source>
        <translation>The database file cannot be read or written.</translation>
    </message>
    <message>
        <source>数据不符合约束条件。</source>
        <translation>The data violates a constraint.</translation>
    </message>
    <message>
        <source>数据库内部错误。</source>
        <translation>Internal database error.</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>文档无法打开，不能打印。</source>
        <translation>The document cannot be opened, so it cannot be printed.</translation>
    </message>
    <message>
        <source>打印机无法开始打印。</source>
        <translation>The printer could not start printing.</translation>
    </message>
    <message>
        <source>打印中断。</source>
        <translation>Printing was interrupted.</translation>
    </message>
</context>
<context>
    <name>EncryptedStore</name>
    <message>
        <source>该位置已有工作区，不会覆盖。</source>
        <translation>A workspace already exists there; it will not be overwritten.</translation>
    </message>
    <message>
        <source>工作区所在的文件夹不存在。</source>
        <translation>The workspace folder does not exist.</translation>
    </message>
    <message>
        <source>找不到工作区文件：%1</source>
        <translation>Workspace file not found: %1</translation>
    </message>
    <message>
        <source>备份位置已有文件，不会覆盖。</source>
        <translation>A file already exists at the backup location; it will not be overwritten.</translation>
    </message>
    <message>
        <source>无法读取密钥文件。</source>
        <translation>The key file cannot be read.</translation>
    </message>
    <message>
        <source>这个备份本身也有损坏，不能用来恢复。</source>
        <translation>This backup is damaged too and cannot be used to restore.</translation>
    </message>
    <message>
        <source>无法复制备份文件，请检查磁盘空间。工作区没有改变。</source>
        <translation>The backup could not be copied; check the free disk space. The workspace is unchanged.</translation>
    </message>
    <message>
        <source>工作区文件是空的（0 字节），数据已丢失或未复制完整；请从备份恢复。</source>
        <translation>The workspace file is empty (0 bytes): its data is lost or was not copied completely. Restore it from a backup.</translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>请填写活动名称。</source>
        <translation>Enter the event name.</translation>
    </message>
    <message>
        <source>请填写活动日期。</source>
        <translation>Enter the event date.</translation>
    </message>
    <message>
        <source>请填写活动城市。</source>
        <translation>Enter the event city.</translation>
    </message>
    <message>
        <source>请选择活动类型：推介会、经贸活动或校园招聘。</source>
        <translation>Choose the event type: promotion event, trade event or campus recruiting.</translation>
    </message>
    <message>
        <source>找不到这场活动，可能已被删除。</source>
        <translation>This event was not found; it may have been deleted.</translation>
    </message>
</context>
<context>
    <name>HqConnection</name>
    <message>
        <source>服务器证书与登记时的不符（公钥指纹不匹配），已拒绝连接</source>
        <translation>The server&apos;s certificate does not match the one enrolled (public key fingerprint differs); connection refused</translation>
    </message>
    <message>
        <source>无法验证服务器证书：%1</source>
        <translation>Cannot verify the server&apos;s certificate: %1</translation>
    </message>
    <message>
        <source>无法连接总部服务器：%1</source>
        <translation>Cannot reach the HQ server: %1</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>内存不足，无法计算密钥。请关闭其他程序后重试。</source>
        <translation>Not enough memory to derive the key. Close other programs and try again.</translation>
    </message>
    <message>
        <source>口令不正确。</source>
        <translation>Wrong passphrase.</translation>
    </message>
    <message>
        <source>密钥文件已损坏，无法读取。请从备份恢复工作区及其密钥文件。</source>
        <translation>The key file is damaged and cannot be read. Restore the workspace and its key file from a backup.</translation>
    </message>
    <message>
        <source>密钥文件的格式版本不受支持。请升级招商外勤。</source>
        <translation>This key file format is not supported. Please upgrade Zhaoshang Field.</translation>
    </message>
    <message>
        <source>找不到工作区的密钥文件（%1）。没有它无法解密数据，请从备份恢复。</source>
        <translation>The workspace key file (%1) is missing. Without it the data cannot be decrypted; restore it from a backup.</translation>
    </message>
    <message>
        <source>无法读取密钥文件。</source>
        <translation>The key file cannot be read.</translation>
    </message>
</context>
<context>
    <name>LeadRepository</name>
    <message>
        <source>请选择线索所属的企业。</source>
        <translation>Choose the company this lead belongs to.</translation>
    </message>
    <message>
        <source>请填写项目名称。</source>
        <translation>Enter the project name.</translation>
    </message>
    <message>
        <source>计划投资额不能为负数。</source>
        <translation>The planned investment cannot be negative.</translation>
    </message>
    <message>
        <source>用地需求不能为负数。</source>
        <translation>The land requirement cannot be negative.</translation>
    </message>
    <message>
        <source>厂房面积需求不能为负数。</source>
        <translation>The factory space requirement cannot be negative.</translation>
    </message>
    <message>
        <source>请选择线索来源。</source>
        <translation>Choose the lead source.</translation>
    </message>
    <message>
        <source>来源是推介活动时，请选择是哪一场活动。</source>
        <translation>When the source is a promotion event, choose which event.</translation>
    </message>
    <message>
        <source>未知的项目阶段：%1</source>
        <translation>Unknown project stage: %1</translation>
    </message>
    <message>
        <source>线索所属的企业或来源活动不存在，请重新选择。</source>
        <translation>The lead&apos;s company or source event no longer exists; choose again.</translation>
    </message>
    <message>
        <source>找不到这条线索，可能已被删除。</source>
        <translation>This lead was not found; it may have been deleted.</translation>
    </message>
    <message>
        <source>转为「%1」需要写明原因。</source>
        <translation>Moving to “%1” needs a reason.</translation>
    </message>
    <message>
        <source>从「%1」退回「%2」需要写明原因。</source>
        <translation>Moving back from “%1” to “%2” needs a reason.</translation>
    </message>
</context>
<context>
    <name>LeadService</name>
    <message>
        <source>「%1」：%2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>请填写负责人。</source>
        <translation>Please enter the responsible officer.</translation>
    </message>
</context>
<context>
    <name>ListExporter</name>
    <message>
        <source>无法写入文件：%1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
    <message>
        <source>写入失败：%1</source>
        <translation>Write failed: %1</translation>
    </message>
    <message>
        <source>无法写入 .xlsx 文件：%1</source>
        <translation>Cannot write the .xlsx file: %1</translation>
    </message>
</context>
<context>
    <name>LocalReplica</name>
    <message>
        <source>工作区缺少设备标识</source>
        <translation>The workspace has no device ID</translation>
    </message>
    <message>
        <source>工作区的设备标识无效</source>
        <translation>The workspace device ID is invalid</translation>
    </message>
    <message>
        <source>待上传的修改已损坏</source>
        <translation>The changes waiting to be uploaded are corrupted</translation>
    </message>
    <message>
        <source>总部的记录无法保存在本机：%1</source>
        <translation>The HQ record could not be saved on this computer: %1</translation>
    </message>
    <message>
        <source>另一台设备的修改更晚</source>
        <translation>The change from another device is newer</translation>
    </message>
    <message>
        <source>总部的修改无法保存在本机：%1</source>
        <translation>The HQ change could not be saved on this computer: %1</translation>
    </message>
    <message>
        <source>找不到这条冲突记录</source>
        <translation>This conflict record cannot be found</translation>
    </message>
    <message>
        <source>这个字段不能恢复</source>
        <translation>This field cannot be restored</translation>
    </message>
</context>
<context>
    <name>LocationMap</name>
    <message>
        <source>乐昌市</source>
        <translation>Lechang</translation>
    </message>
    <message>
        <source>南雄市</source>
        <translation>Nanxiong</translation>
    </message>
    <message>
        <source>仁化县</source>
        <translation>Renhua</translation>
    </message>
    <message>
        <source>始兴县</source>
        <translation>Shixing</translation>
    </message>
    <message>
        <source>乳源县</source>
        <translation>Ruyuan</translation>
    </message>
    <message>
        <source>武江区</source>
        <translation>Wujiang</translation>
    </message>
    <message>
        <source>浈江区</source>
        <translation>Zhenjiang</translation>
    </message>
    <message>
        <source>曲江区</source>
        <translation>Qujiang</translation>
    </message>
    <message>
        <source>翁源县</source>
        <translation>Wengyuan</translation>
    </message>
    <message>
        <source>新丰县</source>
        <translation>Xinfeng</translation>
    </message>
    <message>
        <source>↑ 湖南</source>
        <translation>↑ Hunan</translation>
    </message>
    <message>
        <source>江西 →</source>
        <translation>Jiangxi →</translation>
    </message>
    <message>
        <source>↓ 广州 · 大湾区</source>
        <translation>↓ Guangzhou · Greater Bay Area</translation>
    </message>
    <message>
        <source>韶关区位示意图</source>
        <translation>Shaoguan location schematic</translation>
    </message>
    <message>
        <source>广东北部门户 · 粤港澳大湾区连接内陆腹地的通道城市</source>
        <translation>Northern gateway of Guangdong · the Greater Bay Area’s corridor to the interior</translation>
    </message>
    <message>
        <source>韶关</source>
        <translation>Shaoguan</translation>
    </message>
    <message>
        <source>清远</source>
        <translation>Qingyuan</translation>
    </message>
    <message>
        <source>广州</source>
        <translation>Guangzhou</translation>
    </message>
    <message>
        <source>东莞</source>
        <translation>Dongguan</translation>
    </message>
    <message>
        <source>深圳</source>
        <translation>Shenzhen</translation>
    </message>
    <message>
        <source>高铁到广州约一小时</source>
        <translation>About an hour to Guangzhou by high-speed rail</translation>
    </message>
    <message>
        <source>京广高铁</source>
        <translation>Beijing–Guangzhou high-speed railway</translation>
    </message>
    <message>
        <source>京港澳高速</source>
        <translation>Beijing–Hong Kong–Macau expressway</translation>
    </message>
    <message>
        <source>区、县（市）政府驻地（红点为市中心城区）</source>
        <translation>District and county seats (red: the city centre)</translation>
    </message>
    <message>
        <source>示意图，位置为近似，不作为标准地图使用。</source>
        <translation>Schematic with approximate positions; not a standard map.</translation>
    </message>
</context>
<context>
    <name>MaterialImport</name>
    <message>
        <source>导入资料</source>
        <translation>Import Material</translation>
    </message>
    <message>
        <source>如：韶关市商务局</source>
        <translation>e.g. Shaoguan Municipal Bureau of Commerce</translation>
    </message>
    <message>
        <source>长期有效</source>
        <translation>No expiry</translation>
    </message>
    <message>
        <source>（不取代其他资料）</source>
        <translation>(supersedes no other material)</translation>
    </message>
    <message>
        <source>资料名称*</source>
        <translation>Title*</translation>
    </message>
    <message>
        <source>类型*</source>
        <translation>Type*</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>发布单位</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>取代旧版本</source>
        <translation>Supersedes</translation>
    </message>
    <message>
        <source>PDF 与图片 (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>PDFs and images (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>文件太大（%1 MB），资料库最多接受 100 MB 的文件。请压缩或拆分后再导入。</source>
        <translation>The file is too large (%1 MB); the materials library accepts files of up to 100 MB. Compress or split it before importing.</translation>
    </message>
    <message>
        <source>无法读取文件：%1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <source>资料库里已有同一份文件，没有重复保存。</source>
        <translation>This file is already in the materials library; it was not saved again.</translation>
    </message>
    <message>
        <source>中文</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>英文</source>
        <translation>English</translation>
    </message>
    <message>
        <source>中英双语</source>
        <translation>Chinese and English</translation>
    </message>
    <message>
        <source>语言</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>MaterialRepository</name>
    <message>
        <source>请填写资料名称。</source>
        <translation>Enter the material title.</translation>
    </message>
    <message>
        <source>请选择资料类型。</source>
        <translation>Choose the material type.</translation>
    </message>
    <message>
        <source>有效期截止日不能早于起始日。</source>
        <translation>The end of the validity period cannot be before its start.</translation>
    </message>
    <message>
        <source>文件是空的。</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>文件太大（%1 MB），资料库最多接受 100 MB 的文件。请压缩或拆分后再导入。</source>
        <translation>The file is too large (%1 MB); the materials library accepts files of up to 100 MB. Compress or split it before importing.</translation>
    </message>
    <message>
        <source>找不到这份资料。</source>
        <translation>This material was not found.</translation>
    </message>
    <message>
        <source>找不到这份资料的内容。</source>
        <translation>The content of this material was not found.</translation>
    </message>
    <message>
        <source>这份资料的文件还没有下载到本机（%1）。</source>
        <translation>This material&apos;s file has not been downloaded to this computer yet (%1).</translation>
    </message>
    <message>
        <source>已下载</source>
        <translation>Downloaded</translation>
    </message>
    <message>
        <source>仅本机</source>
        <translation>This computer only</translation>
    </message>
    <message>
        <source>等待下载</source>
        <translation>Waiting to download</translation>
    </message>
    <message>
        <source>下载中 %1%</source>
        <translation>Downloading %1%</translation>
    </message>
    <message>
        <source>下载失败：%1</source>
        <translation>Download failed: %1</translation>
    </message>
    <message>
        <source>找不到这份资料，可能已被删除。</source>
        <translation>Material not found; it may have been deleted.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>这个工作区由更新版本的招商外勤创建（数据版本 %1，本程序支持到 %2）。请先升级程序，数据没有改变。</source>
        <translation>This workspace was made by a newer Zhaoshang Field (data version %1; this program supports up to %2). Upgrade the program first; no data was changed.</translation>
    </message>
    <message>
        <source>升级到数据版本 %1 时发现 %2 处失效的引用（%3），已撤销升级</source>
        <translation>Upgrading to data version %1 found %2 broken references (%3); the upgrade was undone</translation>
    </message>
</context>
<context>
    <name>NoticeComposer</name>
    <message>
        <source>%1年%2月%3日</source>
        <translation>%1-%2-%3</translation>
    </message>
    <message>
        <source>退出情形应为 1 到 6。</source>
        <translation>The exit condition must be 1 to 6.</translation>
    </message>
    <message>
        <source>找不到投资协议「%1」。</source>
        <translation>No investment agreement “%1”.</translation>
    </message>
    <message>
        <source>协议 %1 的“%2”截至 %3 为%4，不能发催告函：%5</source>
        <translation>Agreement %1, “%2”, is %4 as of %3: no notice can be sent (%5)</translation>
    </message>
    <message>
        <source>%1人民政府</source>
        <translation>People&apos;s Government of %1</translation>
    </message>
    <message>
        <source>%1催〔%2〕%3号</source>
        <translation>%1 Notice [%2] No. %3</translation>
    </message>
    <message>
        <source>贵公司于%1与我方签订的投资协议（编号：%2），%3。</source>
        <translation>Under the investment agreement (no. %2) your company signed with us on %1, %3.</translation>
    </message>
    <message>
        <source>（日期未登记）</source>
        <translation>(date not recorded)</translation>
    </message>
    <message>
        <source>经核查，截至%1：%2。具体情况如下：</source>
        <translation>As found on %1: %2. In detail:</translation>
    </message>
    <message>
        <source>现依据协议约定正式催告：请贵公司于%1前%2，并将落实情况书面报告%3。</source>
        <translation>Under the agreement we formally request that by %1 your company %2, and report in writing to %3.</translation>
    </message>
    <message>
        <source>联系人：项目跟踪服务专员</source>
        <translation>Contact: the project follow-up specialist</translation>
    </message>
    <message>
        <source>联系人：%1（项目跟踪服务专员）&#x3000;电话：%2</source>
        <translation>Contact: %1 (project follow-up specialist)&#x3000;Phone: %2</translation>
    </message>
    <message>
        <source>催告函生成失败。</source>
        <translation>The formal notice could not be made.</translation>
    </message>
</context>
<context>
    <name>OfficerProfile</name>
    <message>
        <source>韶关市驻%1招商组</source>
        <translation>Shaoguan Investment Promotion Team in %1</translation>
    </message>
    <message>
        <source>招商专员</source>
        <translation>Investment promotion officer</translation>
    </message>
    <message>
        <source>请填写您的姓名：宣传册的名片和新走访、新线索都用它。</source>
        <translation>Enter your name: the brochure&apos;s card and new visits and leads use it.</translation>
    </message>
    <message>
        <source>请选择驻点城市：广州、深圳、东莞或其他。</source>
        <translation>Choose the city you are stationed in: Guangzhou, Shenzhen, Dongguan or Other.</translation>
    </message>
</context>
<context>
    <name>PassphraseInput</name>
    <message>
        <source>无法读取口令文件：%1</source>
        <translation>Cannot read the passphrase file: %1</translation>
    </message>
    <message>
        <source>口令文件是空的：%1</source>
        <translation>The passphrase file is empty: %1</translation>
    </message>
    <message>
        <source>环境变量 %1 是空的。</source>
        <translation>The environment variable %1 is empty.</translation>
    </message>
    <message>
        <source>再输入一次：</source>
        <translation>Once more: </translation>
    </message>
    <message>
        <source>两次输入的口令不一致。</source>
        <translation>The two passphrases do not match.</translation>
    </message>
    <message>
        <source>需要口令：请用 --passphrase-file 或环境变量 ZHAOSHANG_PASSPHRASE 提供，或在终端中运行。</source>
        <translation>A passphrase is needed: give --passphrase-file or the ZHAOSHANG_PASSPHRASE environment variable, or run in a terminal.</translation>
    </message>
    <message>
        <source>没有输入口令。</source>
        <translation>No passphrase entered.</translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message>
        <source>至少需要 %1 个字符（现在 %2 个）。</source>
        <translation>Use at least %1 characters (now %2).</translation>
    </message>
    <message>
        <source>开头或结尾不能是空格。</source>
        <translation>No spaces at the beginning or end.</translation>
    </message>
    <message>
        <source>不能是同一个字符重复或连续的序列（如 1234567890）。</source>
        <translation>Not one repeated character or a simple sequence (such as 1234567890).</translation>
    </message>
    <message>
        <source>少于 %1 个字符时，请混合至少两类字符：小写字母、大写字母、数字、符号、汉字。</source>
        <translation>Below %1 characters, mix at least two kinds: lower-case, upper-case, digits, symbols, Chinese characters.</translation>
    </message>
    <message>
        <source>太常见，容易被猜到。请换一个只有您知道的短语。</source>
        <translation>Too common and easy to guess. Choose a phrase only you know.</translation>
    </message>
    <message>
        <source>不可用</source>
        <translation>unusable</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>fair</translation>
    </message>
    <message>
        <source>良好</source>
        <translation>good</translation>
    </message>
    <message>
        <source>强</source>
        <translation>strong</translation>
    </message>
    <message>
        <source>很强</source>
        <translation>very strong</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>无法生成 PDF。</source>
        <translation>The PDF could not be made.</translation>
    </message>
</context>
<context>
    <name>PdfInspector</name>
    <message>
        <source>文件是空的。</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>文件太大（%1 MB），资料库最多接受 100 MB 的文件。请压缩或拆分后再导入。</source>
        <translation>The file is too large (%1 MB); the materials library accepts files of up to 100 MB. Compress or split it before importing.</translation>
    </message>
    <message>
        <source>这个 PDF 设有打开密码。请先用原密码去除保护后再导入，以便离线时随时打开。</source>
        <translation>This PDF is protected by an open password. Remove the protection with the original password before importing, so that it can be opened at any time offline.</translation>
    </message>
    <message>
        <source>这个 PDF 已损坏或不完整，无法打开。</source>
        <translation>This PDF is damaged or incomplete and cannot be opened.</translation>
    </message>
    <message>
        <source>这张图片已损坏，无法打开。</source>
        <translation>This image is damaged and cannot be opened.</translation>
    </message>
    <message>
        <source>只能导入 PDF 文件或 PNG、JPEG 图片。</source>
        <translation>Only PDF files and PNG or JPEG images can be imported.</translation>
    </message>
</context>
<context>
    <name>ProjectService</name>
    <message>
        <source>找不到投资协议「%1」。</source>
        <translation>No investment agreement &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>没有名为「%1」的服务节点模板。</source>
        <translation>There is no service milestone template named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>按“%1”模板生成：%2</source>
        <translation>Made from the &quot;%1&quot; template: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>文件尚未下载</source>
        <translation>File not downloaded yet</translation>
    </message>
    <message>
        <source>这份资料的文件还没有下载到本机（%1）。

已把它排到下载队列的最前面，联网并登记到总部后会自动下载，下载完成后即可打开。</source>
        <translation>This material&apos;s file has not been downloaded to this computer yet (%1).

It has been moved to the front of the download queue: it downloads automatically when online and enrolled with HQ, and can be opened once it has arrived.</translation>
    </message>
</context>
<context>
    <name>ReclaimedLand</name>
    <message>
        <source>找不到投资协议「%1」。</source>
        <translation>No investment agreement &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>协议 %1 没有登记用地面积，无法把收回的土地登记进用地厂房清单。</source>
        <translation>Agreement %1 records no land area: the land taken back cannot be entered in the site inventory.</translation>
    </message>
    <message>
        <source>%1 收回地块（%2）</source>
        <translation>%1 reclaimed parcel (%2)</translation>
    </message>
    <message>
        <source>依协议收回土地 %1 亩，登记进用地厂房清单</source>
        <translation>%1 mu taken back under the agreement, entered in the site inventory</translation>
    </message>
    <message>
        <source>工业用地</source>
        <translation>Industrial land</translation>
    </message>
    <message>
        <source>依投资协议 %1 的土地退出条款收回（%2）。原受让企业：%3；签约 %4，约定开工 %5。</source>
        <translation>Taken back under the land-exit clause of agreement %1 (%2). Granted to: %3; signed %4, contracted start %5.</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>not recorded</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>「%1」</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1等 %2 条</source>
        <translation>%1 and others (%2 in all)</translation>
    </message>
    <message>
        <source>删除%1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>删除%1%2？

删除会同步到总部和本组的其他电脑；删除后可以立即撤销（Ctrl+Z）。</source>
        <translation>Delete %1 %2?

The deletion syncs to HQ and your team&apos;s other computers; you can undo it right away (Ctrl+Z).</translation>
    </message>
    <message>
        <source>无法删除</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <source>已删除%1%2。</source>
        <translation>Deleted %1 %2.</translation>
    </message>
    <message>
        <source>合并重复%1</source>
        <translation>Merge duplicate %1</translation>
    </message>
    <message>
        <source>请在列表里选中两条重复的记录（按住 Ctrl 点选）再合并。</source>
        <translation>Select the two duplicate records in the list (Ctrl+click) to merge them.</translation>
    </message>
    <message>
        <source>需要写明原因</source>
        <translation>A reason is needed</translation>
    </message>
    <message>
        <source>原因：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>无法修改阶段</source>
        <translation>Cannot change the stage</translation>
    </message>
    <message>
        <source>指定负责人</source>
        <translation>Assign an officer</translation>
    </message>
    <message>
        <source>%1 条项目线索的负责人：</source>
        <translation>Responsible officer for %1 project lead(s):</translation>
    </message>
    <message>
        <source>无法指定负责人</source>
        <translation>Cannot assign the officer</translation>
    </message>
    <message>
        <source>%1（名称相近）</source>
        <translation>%1 (similar name)</translation>
    </message>
    <message>
        <source>没有可以合并的其他记录。</source>
        <translation>There is no other record to merge with.</translation>
    </message>
    <message>
        <source>与哪一条是同一家？</source>
        <translation>Which record is the same company?</translation>
    </message>
</context>
<context>
    <name>RecordFormat</name>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>已被新版本取代</source>
        <translation>Superseded by a newer version</translation>
    </message>
    <message>
        <source>已过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
</context>
<context>
    <name>RecordImport</name>
    <message>
        <source>%1不能从 CSV 导入。</source>
        <translation>%1 cannot be imported from CSV.</translation>
    </message>
    <message>
        <source>缺少必需的列「%1」。表头是：%2</source>
        <translation>The required column “%1” is missing. The header is: %2</translation>
    </message>
    <message>
        <source>「%1」不是数字。</source>
        <translation>“%1” is not a number.</translation>
    </message>
    <message>
        <source>「%1」不是日期（如 2026-03-01）。</source>
        <translation>“%1” is not a date (e.g. 2026-03-01).</translation>
    </message>
    <message>
        <source>「%1」应为“是”或“否”。</source>
        <translation>“%1” should be “是” (yes) or “否” (no).</translation>
    </message>
    <message>
        <source>「%1」不在可选项中。</source>
        <translation>“%1” is not one of the choices.</translation>
    </message>
    <message>
        <source>找不到「%1」。</source>
        <translation>“%1” was not found.</translation>
    </message>
    <message>
        <source>「%1」已经存在。</source>
        <translation>“%1” exists already.</translation>
    </message>
</context>
<context>
    <name>RecordJson</name>
    <message>
        <source>找不到这条%1记录：%2</source>
        <translation>No such %1 record: %2</translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>客商</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>新建客商</source>
        <translation>New Company</translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>企业名称（查重用）</source>
        <translation>Company name (for duplicate check)</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>产业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>总部城市</source>
        <translation>HQ city</translation>
    </message>
    <message>
        <source>企业规模</source>
        <translation>Company size</translation>
    </message>
    <message>
        <source>年营业收入</source>
        <translation>Annual revenue</translation>
    </message>
    <message>
        <source>万元</source>
        <translation>10k yuan</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>乡贤企业</source>
        <translation>Hometown merchant</translation>
    </message>
    <message>
        <source>信息来源</source>
        <translation>Information source</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>年营收（万元）</source>
        <translation>Annual revenue (10k yuan)</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>更新时间</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>所属企业</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>微信号</source>
        <translation>WeChat ID</translation>
    </message>
    <message>
        <source>关系备注</source>
        <translation>Relationship notes</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>推介活动</source>
        <translation>Promotion event</translation>
    </message>
    <message>
        <source>活动</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>新活动</source>
        <translation>New Event</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>城市</source>
        <translation>City</translation>
    </message>
    <message>
        <source>活动类型</source>
        <translation>Event type</translation>
    </message>
    <message>
        <source>活动名称</source>
        <translation>Event name</translation>
    </message>
    <message>
        <source>主办方</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>使用的资料</source>
        <translation>Materials used</translation>
    </message>
    <message>
        <source>参会企业</source>
        <translation>Attending companies</translation>
    </message>
    <message>
        <source>参会人</source>
        <translation>Attendee</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>带来线索</source>
        <translation>Leads generated</translation>
    </message>
    <message>
        <source>资料</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>导入资料…</source>
        <translation>Import Material…</translation>
    </message>
    <message>
        <source>文件指纹（SHA-256）</source>
        <translation>File fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>资料名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>资料类型</source>
        <translation>Material type</translation>
    </message>
    <message>
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>发布单位</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>有效期起</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>文件类型</source>
        <translation>File type</translation>
    </message>
    <message>
        <source>文件大小</source>
        <translation>File size</translation>
    </message>
    <message>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>取代的旧版本</source>
        <translation>Supersedes</translation>
    </message>
    <message>
        <source>编制对象企业</source>
        <translation>Composed for company</translation>
    </message>
    <message>
        <source>资料发放</source>
        <translation>Material handouts</translation>
    </message>
    <message>
        <source>走访</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>发给企业</source>
        <translation>Given to company</translation>
    </message>
    <message>
        <source>发放时间</source>
        <translation>Handed out at</translation>
    </message>
    <message>
        <source>发放人</source>
        <translation>Handed out by</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>导入时间</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>项目线索</source>
        <translation>Project lead</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>新线索</source>
        <translation>New Lead</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Project name</translation>
    </message>
    <message>
        <source>产业链环节</source>
        <translation>Industrial chain link</translation>
    </message>
    <message>
        <source>计划投资</source>
        <translation>Planned investment</translation>
    </message>
    <message>
        <source>用地需求</source>
        <translation>Land needed</translation>
    </message>
    <message>
        <source>亩</source>
        <translation>mu</translation>
    </message>
    <message>
        <source>厂房需求</source>
        <translation>Floor space needed</translation>
    </message>
    <message>
        <source>㎡</source>
        <translation>m²</translation>
    </message>
    <message>
        <source>意向县（市、区）</source>
        <translation>Target county (city, district)</translation>
    </message>
    <message>
        <source>意向园区</source>
        <translation>Target park</translation>
    </message>
    <message>
        <source>线索来源</source>
        <translation>Lead source</translation>
    </message>
    <message>
        <source>来源说明</source>
        <translation>Source details</translation>
    </message>
    <message>
        <source>来源活动</source>
        <translation>Source event</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>阶段说明</source>
        <translation>Stage notes</translation>
    </message>
    <message>
        <source>阶段记录</source>
        <translation>Stage history</translation>
    </message>
    <message>
        <source>变更时间</source>
        <translation>Changed at</translation>
    </message>
    <message>
        <source>变更原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>变更人</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>计划投资（万元）</source>
        <translation>Planned investment (10k yuan)</translation>
    </message>
    <message>
        <source>用地（亩）</source>
        <translation>Land (mu)</translation>
    </message>
    <message>
        <source>意向落户地</source>
        <translation>Target location</translation>
    </message>
    <message>
        <source>创建时间</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>修改时间</source>
        <translation>Modified</translation>
    </message>
    <message>
        <source>新建%1</source>
        <translation>New %1</translation>
    </message>
    <message>
        <source>新走访</source>
        <translation>New Visit</translation>
    </message>
    <message>
        <source>走访时间</source>
        <translation>Visit time</translation>
    </message>
    <message>
        <source>走访城市</source>
        <translation>Visit city</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>走访人员</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>走访记录</source>
        <translation>Visit record</translation>
    </message>
    <message>
        <source>成果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>投资意向</source>
        <translation>Investment intention</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>下一步期限</source>
        <translation>Next step due</translation>
    </message>
    <message>
        <source>下一步已完成</source>
        <translation>Next step done</translation>
    </message>
    <message>
        <source>发放资料</source>
        <translation>Materials handed out</translation>
    </message>
    <message>
        <source>见到的联系人</source>
        <translation>People met</translation>
    </message>
    <message>
        <source>走访修订</source>
        <translation>Visit revisions</translation>
    </message>
    <message>
        <source>修订时间</source>
        <translation>Revised at</translation>
    </message>
    <message>
        <source>修订的字段</source>
        <translation>Field revised</translation>
    </message>
    <message>
        <source>原值</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>新值</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>修订人</source>
        <translation>Revised by</translation>
    </message>
    <message>
        <source>意向</source>
        <translation>Intent</translation>
    </message>
    <message>
        <source>跟进日期</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>跟踪服务专员</source>
        <translation>Follow-up specialists</translation>
    </message>
    <message>
        <source>专员</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <source>新增专员</source>
        <translation>New specialist</translation>
    </message>
    <message>
        <source>如：刘建国</source>
        <translation>e.g. Liu Jianguo</translation>
    </message>
    <message>
        <source>服务县（市、区）</source>
        <translation>County (city, district) served</translation>
    </message>
    <message>
        <source>服务园区</source>
        <translation>Park served</translation>
    </message>
    <message>
        <source>所在单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>如：翁源县工业和信息化局</source>
        <translation>e.g. Wengyuan County Bureau of Industry and IT</translation>
    </message>
    <message>
        <source>在岗</source>
        <translation>In office</translation>
    </message>
    <message>
        <source>记录类别</source>
        <translation>Record kind</translation>
    </message>
    <message>
        <source>合并记录</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>保留的记录</source>
        <translation>Record kept</translation>
    </message>
    <message>
        <source>并入的记录</source>
        <translation>Record merged in</translation>
    </message>
    <message>
        <source>并入记录的名称</source>
        <translation>Name of the record merged in</translation>
    </message>
    <message>
        <source>补全的字段</source>
        <translation>Fields filled in</translation>
    </message>
    <message>
        <source>合并时间</source>
        <translation>Merged at</translation>
    </message>
    <message>
        <source>合并人</source>
        <translation>Merged by</translation>
    </message>
    <message>
        <source>撤销时间</source>
        <translation>Undone at</translation>
    </message>
    <message>
        <source>撤销人</source>
        <translation>Undone by</translation>
    </message>
    <message>
        <source>合并移动的记录</source>
        <translation>Row moved by a merge</translation>
    </message>
    <message>
        <source>记录所在表</source>
        <translation>Table of the row</translation>
    </message>
    <message>
        <source>移动的记录</source>
        <translation>Row moved</translation>
    </message>
    <message>
        <source>指向的字段</source>
        <translation>Column pointing at the record</translation>
    </message>
    <message>
        <source>作为重复删除</source>
        <translation>Deleted as a duplicate</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>投资协议</source>
        <translation>Investment agreements</translation>
    </message>
    <message>
        <source>协议</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>登记投资协议</source>
        <translation>Record an agreement</translation>
    </message>
    <message>
        <source>协议编号</source>
        <translation>Agreement no.</translation>
    </message>
    <message>
        <source>如：SX-2026-003</source>
        <translation>e.g. SX-2026-003</translation>
    </message>
    <message>
        <source>签约招商组</source>
        <translation>Signing team</translation>
    </message>
    <message>
        <source>签约日期</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>落地县（市、区）</source>
        <translation>County</translation>
    </message>
    <message>
        <source>园区</source>
        <translation>Park</translation>
    </message>
    <message>
        <source>用地面积</source>
        <translation>Land area</translation>
    </message>
    <message>
        <source>土地价款</source>
        <translation>Land price</translation>
    </message>
    <message>
        <source>协议总投资</source>
        <translation>Total investment</translation>
    </message>
    <message>
        <source>固定资产投资</source>
        <translation>Fixed-asset investment</translation>
    </message>
    <message>
        <source>约定开工日期</source>
        <translation>Start due</translation>
    </message>
    <message>
        <source>约定竣工日期</source>
        <translation>Completion due</translation>
    </message>
    <message>
        <source>约定投产日期</source>
        <translation>Production due</translation>
    </message>
    <message>
        <source>设备投资承诺</source>
        <translation>Equipment promised</translation>
    </message>
    <message>
        <source>达产年产值</source>
        <translation>Output at full production</translation>
    </message>
    <message>
        <source>达产年税收</source>
        <translation>Tax at full production</translation>
    </message>
    <message>
        <source>约定用工</source>
        <translation>Jobs promised</translation>
    </message>
    <message>
        <source>人</source>
        <translation>people</translation>
    </message>
    <message>
        <source>达产年份</source>
        <translation>Full-production year</translation>
    </message>
    <message>
        <source>享受的优惠政策</source>
        <translation>Incentives granted</translation>
    </message>
    <message>
        <source>一事一议条款</source>
        <translation>Case-by-case terms</translation>
    </message>
    <message>
        <source>投资进度约定</source>
        <translation>Investment tranches</translation>
    </message>
    <message>
        <source>新增投资进度</source>
        <translation>Add a tranche</translation>
    </message>
    <message>
        <source>到期日期</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>累计投资</source>
        <translation>Cumulative investment</translation>
    </message>
    <message>
        <source>履约进展</source>
        <translation>Progress reports</translation>
    </message>
    <message>
        <source>登记履约进展</source>
        <translation>Record progress</translation>
    </message>
    <message>
        <source>报告日期</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <source>累计固定资产投资</source>
        <translation>Cumulative fixed assets</translation>
    </message>
    <message>
        <source>建设状态</source>
        <translation>Building state</translation>
    </message>
    <message>
        <source>已购设备</source>
        <translation>Equipment bought</translation>
    </message>
    <message>
        <source>已投产</source>
        <translation>Producing</translation>
    </message>
    <message>
        <source>年产值</source>
        <translation>Annual output</translation>
    </message>
    <message>
        <source>年税收</source>
        <translation>Annual tax</translation>
    </message>
    <message>
        <source>用工人数</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>佐证材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>处置记录</source>
        <translation>Measures taken</translation>
    </message>
    <message>
        <source>登记处置措施</source>
        <translation>Record a measure</translation>
    </message>
    <message>
        <source>措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>针对情形</source>
        <translation>For condition</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Taken by</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>合规问题</source>
        <translation>Compliance findings</translation>
    </message>
    <message>
        <source>登记合规问题</source>
        <translation>Record a finding</translation>
    </message>
    <message>
        <source>发现日期</source>
        <translation>Found on</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>Rectify by</translation>
    </message>
    <message>
        <source>整改完成日期</source>
        <translation>Rectified on</translation>
    </message>
    <message>
        <source>字节</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>服务节点</source>
        <translation>Service milestones</translation>
    </message>
    <message>
        <source>新增服务节点</source>
        <translation>New service milestone</translation>
    </message>
    <message>
        <source>服务阶段</source>
        <translation>Service stage</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>如：建筑工程施工许可</source>
        <translation>e.g. construction permit</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>如：县住房和城乡建设局</source>
        <translation>e.g. county housing and construction bureau</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>办理状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>完成日期</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>岗位需求</source>
        <translation>Roles wanted</translation>
    </message>
    <message>
        <source>人员需求：如 普工、技术员</source>
        <translation>Staffing: e.g. operators, technicians</translation>
    </message>
    <message>
        <source>需求人数</source>
        <translation>Head count</translation>
    </message>
    <message>
        <source>堵点</source>
        <translation>Blockers</translation>
    </message>
    <message>
        <source>企业诉求</source>
        <translation>Enterprise requests</translation>
    </message>
    <message>
        <source>登记企业诉求</source>
        <translation>Register a request</translation>
    </message>
    <message>
        <source>提出日期</source>
        <translation>Raised on</translation>
    </message>
    <message>
        <source>诉求内容</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>如：协调 10 kV 专线接入时间</source>
        <translation>e.g. date for connecting the 10 kV dedicated line</translation>
    </message>
    <message>
        <source>承办部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>如：供电局</source>
        <translation>e.g. power supply bureau</translation>
    </message>
    <message>
        <source>答复情况</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>答复日期</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <source>服务日志</source>
        <translation>Service log</translation>
    </message>
    <message>
        <source>记录服务</source>
        <translation>Log service</translation>
    </message>
    <message>
        <source>服务日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>服务方式</source>
        <translation>How</translation>
    </message>
    <message>
        <source>服务内容</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>用地厂房</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>载体</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>登记用地厂房</source>
        <translation>Register a site</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>如：始兴园区 3 号标准厂房</source>
        <translation>e.g. Shixing park standard factory no. 3</translation>
    </message>
    <message>
        <source>县（市、区）</source>
        <translation>County (city, district)</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>如：园区大道与兴业路交汇处东北角</source>
        <translation>e.g. north-east corner of Yuanqu Avenue and Xingye Road</translation>
    </message>
    <message>
        <source>纬度</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>经度</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>建筑面积</source>
        <translation>Floor area</translation>
    </message>
    <message>
        <source>层数</source>
        <translation>Floors</translation>
    </message>
    <message>
        <source>楼面荷载</source>
        <translation>Floor load</translation>
    </message>
    <message>
        <source>吨/㎡</source>
        <translation>t/㎡</translation>
    </message>
    <message>
        <source>层高</source>
        <translation>Clear height</translation>
    </message>
    <message>
        <source>米</source>
        <translation>m</translation>
    </message>
    <message>
        <source>供电容量</source>
        <translation>Power capacity</translation>
    </message>
    <message>
        <source>千伏安</source>
        <translation>kVA</translation>
    </message>
    <message>
        <source>供水能力</source>
        <translation>Water supply</translation>
    </message>
    <message>
        <source>吨/日</source>
        <translation>t/day</translation>
    </message>
    <message>
        <source>污水处理</source>
        <translation>Wastewater treatment</translation>
    </message>
    <message>
        <source>集中供热</source>
        <translation>Central heating</translation>
    </message>
    <message>
        <source>用地性质</source>
        <translation>Land use</translation>
    </message>
    <message>
        <source>如：工业用地（M2）</source>
        <translation>e.g. industrial land (M2)</translation>
    </message>
    <message>
        <source>租金或价格</source>
        <translation>Rent or price</translation>
    </message>
    <message>
        <source>用地：万元/亩；厂房：元/㎡·月</source>
        <translation>Land: 10k yuan/mu; buildings: yuan/㎡ a month</translation>
    </message>
    <message>
        <source>权属企业</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>闲置起始日期</source>
        <translation>Idle since</translation>
    </message>
    <message>
        <source>闲置原因</source>
        <translation>Why idle</translation>
    </message>
    <message>
        <source>盘活方式</source>
        <translation>Revitalisation</translation>
    </message>
    <message>
        <source>选址需求</source>
        <translation>Site requirement</translation>
    </message>
    <message>
        <source>登记选址需求</source>
        <translation>Register a site requirement</translation>
    </message>
    <message>
        <source>需求类型</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>最小面积</source>
        <translation>Minimum area</translation>
    </message>
    <message>
        <source>用地按亩，厂房按平方米</source>
        <translation>Land in mu, buildings in square metres</translation>
    </message>
    <message>
        <source>最大面积</source>
        <translation>Maximum area</translation>
    </message>
    <message>
        <source>供电需求</source>
        <translation>Power needed</translation>
    </message>
    <message>
        <source>用水需求</source>
        <translation>Water needed</translation>
    </message>
    <message>
        <source>需要污水处理</source>
        <translation>Needs wastewater treatment</translation>
    </message>
    <message>
        <source>需要集中供热</source>
        <translation>Needs central heating</translation>
    </message>
    <message>
        <source>楼面荷载需求</source>
        <translation>Floor load needed</translation>
    </message>
    <message>
        <source>层高需求</source>
        <translation>Clear height needed</translation>
    </message>
    <message>
        <source>预算</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>意向县区</source>
        <translation>Preferred counties</translation>
    </message>
    <message>
        <source>可填多个，用“、”分隔，如：始兴县、翁源县</source>
        <translation>Several allowed, separated by &quot;、&quot;, e.g. 始兴县、翁源县</translation>
    </message>
    <message>
        <source>需要时间</source>
        <translation>Needed by</translation>
    </message>
    <message>
        <source>载体预留</source>
        <translation>Site reservation</translation>
    </message>
    <message>
        <source>预留载体</source>
        <translation>Reserve a site</translation>
    </message>
    <message>
        <source>预留人</source>
        <translation>Reserved by</translation>
    </message>
    <message>
        <source>预留日期</source>
        <translation>Reserved on</translation>
    </message>
    <message>
        <source>可见范围</source>
        <translation>Visible to</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>（未填）</source>
        <translation>(blank)</translation>
    </message>
</context>
<context>
    <name>RecordMerge</name>
    <message>
        <source>找不到这条%1记录，可能已被合并或删除。</source>
        <translation>This %1 record was not found; it may have been merged or deleted.</translation>
    </message>
    <message>
        <source>不能把一条记录合并到它自己。</source>
        <translation>A record cannot be merged into itself.</translation>
    </message>
    <message>
        <source>找不到这次合并。</source>
        <translation>This merge was not found.</translation>
    </message>
    <message>
        <source>这次合并已经撤销过了。</source>
        <translation>This merge has already been undone.</translation>
    </message>
    <message>
        <source>这个版本不认识这类记录（%1），无法撤销。</source>
        <translation>This version does not know this kind of record (%1) and cannot undo the merge.</translation>
    </message>
    <message>
        <source>无法撤销：被合并的%1与现有记录冲突（例如统一社会信用代码相同，两条记录不能同时存在）。</source>
        <translation>Cannot undo: the merged %1 clashes with an existing record (for example the same unified social credit code; both cannot exist at once).</translation>
    </message>
</context>
<context>
    <name>RecordOverview</name>
    <message>
        <source>并入了另一条记录</source>
        <translation>Merged into another record</translation>
    </message>
    <message>
        <source>并入了重复记录「%1」</source>
        <translation>Duplicate “%1” merged in</translation>
    </message>
    <message>
        <source>（已撤销）</source>
        <translation> (undone)</translation>
    </message>
    <message>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>移动了 %1 条记录</source>
        <translation>%1 rows moved</translation>
    </message>
</context>
<context>
    <name>RecordRemoval</name>
    <message>
        <source>%1 条%2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>“%1”还有%2指向它，不能删除。重复的记录请用“合并”，它会把这些记录移到保留的一条上。</source>
        <translation>“%1” cannot be deleted: %2 still refer to it. For a duplicate, use “Merge”, which moves them onto the record kept.</translation>
    </message>
    <message>
        <source>无法恢复：已有另一条%1与它冲突（例如统一社会信用代码相同）。</source>
        <translation>Cannot restore: another %1 clashes with it (for example the same unified social credit code).</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>请填写%1。</source>
        <translation>Please fill in %1.</translation>
    </message>
    <message>
        <source>%1应为不小于 0 的数字。</source>
        <translation>%1 must be a number not below 0.</translation>
    </message>
    <message>
        <source>%1不是有效的日期（如 2026-12-02）。</source>
        <translation>%1 is not a valid date (e.g. 2026-12-02).</translation>
    </message>
    <message>
        <source>%1“%2”不在目录中，请重新选择。</source>
        <translation>%1 &quot;%2&quot; is not in the list; please choose again.</translation>
    </message>
    <message>
        <source>找不到这条%1记录，可能已被删除。</source>
        <translation>No such %1 record; it may have been deleted.</translation>
    </message>
    <message>
        <source>这类记录没有标题。</source>
        <translation>Records of this kind have no title.</translation>
    </message>
    <message>
        <source>找不到这条记录。</source>
        <translation>This record was not found.</translation>
    </message>
    <message>
        <source>找不到所属的%1。</source>
        <translation>The %1 it belongs to was not found.</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>广州</source>
        <translation>Guangzhou</translation>
    </message>
    <message>
        <source>深圳</source>
        <translation>Shenzhen</translation>
    </message>
    <message>
        <source>东莞</source>
        <translation>Dongguan</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>微型</source>
        <translation>Micro</translation>
    </message>
    <message>
        <source>小型</source>
        <translation>Small</translation>
    </message>
    <message>
        <source>中型</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>大型</source>
        <translation>Large</translation>
    </message>
    <message>
        <source>低</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>中</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>高</source>
        <translation>High</translation>
    </message>
    <message>
        <source>未判断</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>驻点招商组</source>
        <translation>Stationed promotion team</translation>
    </message>
    <message>
        <source>企业推荐（以商引商）</source>
        <translation>Company referral (business brings business)</translation>
    </message>
    <message>
        <source>招商经纪人/代理机构</source>
        <translation>Investment broker/agency</translation>
    </message>
    <message>
        <source>异地商会</source>
        <translation>Out-of-town chamber of commerce</translation>
    </message>
    <message>
        <source>乡贤</source>
        <translation>Hometown merchant</translation>
    </message>
    <message>
        <source>推介活动</source>
        <translation>Promotion event</translation>
    </message>
    <message>
        <source>推介会</source>
        <translation>Promotion event</translation>
    </message>
    <message>
        <source>经贸活动</source>
        <translation>Trade event</translation>
    </message>
    <message>
        <source>校园招聘</source>
        <translation>Campus recruiting</translation>
    </message>
    <message>
        <source>政策文件</source>
        <translation>Policy document</translation>
    </message>
    <message>
        <source>园区介绍</source>
        <translation>Park introduction</translation>
    </message>
    <message>
        <source>宣传册</source>
        <translation>Brochure</translation>
    </message>
    <message>
        <source>项目推介</source>
        <translation>Project pitch</translation>
    </message>
    <message>
        <source>地图与图片</source>
        <translation>Maps and pictures</translation>
    </message>
</context>
<context>
    <name>SeedCatalog</name>
    <message>
        <source>缺少参考数据文件：%1</source>
        <translation>Reference data file missing: %1</translation>
    </message>
    <message>
        <source>参考数据文件格式错误：%1</source>
        <translation>Reference data file is malformed: %1</translation>
    </message>
</context>
<context>
    <name>ServicePlan</name>
    <message>
        <source>签约日期</source>
        <translation>Signing date</translation>
    </message>
    <message>
        <source>约定开工日期</source>
        <translation>Contracted start</translation>
    </message>
    <message>
        <source>约定竣工日期</source>
        <translation>Contracted completion</translation>
    </message>
    <message>
        <source>约定投产日期</source>
        <translation>Contracted production start</translation>
    </message>
    <message>
        <source>达产年份年末</source>
        <translation>End of the full-production year</translation>
    </message>
    <message>
        <source>%1 前 %2 天</source>
        <translation>%2 days before %1</translation>
    </message>
    <message>
        <source>%1 后 %2 天</source>
        <translation>%2 days after %1</translation>
    </message>
    <message>
        <source>协议未约定%1，期限待定</source>
        <translation>The agreement sets no %1: due date open</translation>
    </message>
    <message>
        <source>；人数 = 约定用工 %1 人 × %2%</source>
        <translation>; head count = %1 agreed jobs × %2%</translation>
    </message>
    <message>
        <source>期限 %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>未定期限</source>
        <translation>No due date</translation>
    </message>
    <message>
        <source>已完成（提前 %1 天）</source>
        <translation>Done (%1 days early)</translation>
    </message>
    <message>
        <source>已完成（逾期 %1 天）</source>
        <translation>Done (%1 days late)</translation>
    </message>
    <message>
        <source>按期完成</source>
        <translation>Done on time</translation>
    </message>
    <message>
        <source>%1，%2 完成</source>
        <translation>%1, done %2</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>%1 完成</source>
        <translation>done %1</translation>
    </message>
    <message>
        <source>受阻</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>%1，截至 %2</source>
        <translation>%1, as of %2</translation>
    </message>
    <message>
        <source>受阻，逾期 %1 天</source>
        <translation>Blocked, %1 days overdue</translation>
    </message>
    <message>
        <source>逾期 %1 天</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <source>受阻，今天到期</source>
        <translation>Blocked, due today</translation>
    </message>
    <message>
        <source>受阻，%1 天后到期</source>
        <translation>Blocked, due in %1 days</translation>
    </message>
    <message>
        <source>今天到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>%1 天后到期</source>
        <translation>Due in %1 days</translation>
    </message>
    <message>
        <source>%1 天答复（超过 %2 天）</source>
        <translation>Answered in %1 days (over %2)</translation>
    </message>
    <message>
        <source>%1 天答复</source>
        <translation>Answered in %1 days</translation>
    </message>
    <message>
        <source>已等待 %1 天（超过 %2 天）</source>
        <translation>Waiting %1 days (over %2)</translation>
    </message>
    <message>
        <source>已等待 %1 天</source>
        <translation>Waiting %1 days</translation>
    </message>
    <message>
        <source>服务节点 %1 项：已完成 %2，逾期 %3，受阻 %4，临近 %5</source>
        <translation>%1 service milestones: %2 done, %3 overdue, %4 blocked, %5 due soon</translation>
    </message>
    <message>
        <source>；企业诉求 %1 件：未答复 %2，超时 %3</source>
        <translation>; %1 enterprise requests: %2 unanswered, %3 late</translation>
    </message>
    <message>
        <source>，平均 %1 天答复（%2 件已答复共 %3 天）</source>
        <translation>, answered in %1 days on average (%2 answered, %3 days in all)</translation>
    </message>
</context>
<context>
    <name>SiteListComposer</name>
    <message>
        <source>推荐载体清单 · %1</source>
        <translation>Recommended sites · %1</translation>
    </message>
    <message>
        <source>亩</source>
        <translation>mu</translation>
    </message>
    <message>
        <source>平方米</source>
        <translation>square metres</translation>
    </message>
    <message>
        <source>项目需要用地</source>
        <translation>The project needs land</translation>
    </message>
    <message>
        <source>项目需要厂房</source>
        <translation>The project needs a building</translation>
    </message>
    <message>
        <source>面积 %1 至 %2 %3</source>
        <translation>area %1 to %2 %3</translation>
    </message>
    <message>
        <source>供电 %1 千伏安</source>
        <translation>power %1 kVA</translation>
    </message>
    <message>
        <source>用水 %1 吨/日</source>
        <translation>water %1 t/day</translation>
    </message>
    <message>
        <source>需要污水处理</source>
        <translation>wastewater treatment needed</translation>
    </message>
    <message>
        <source>需要集中供热</source>
        <translation>central heating needed</translation>
    </message>
    <message>
        <source>意向%1</source>
        <translation>preferring %1</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>面积</source>
        <translation>Area</translation>
    </message>
    <message>
        <source> 亩</source>
        <translation> mu</translation>
    </message>
    <message>
        <source> 平方米</source>
        <translation> ㎡</translation>
    </message>
    <message>
        <source>供电容量</source>
        <translation>Power capacity</translation>
    </message>
    <message>
        <source> 千伏安</source>
        <translation> kVA</translation>
    </message>
    <message>
        <source>供水能力</source>
        <translation>Water supply</translation>
    </message>
    <message>
        <source> 吨/日</source>
        <translation> t/day</translation>
    </message>
    <message>
        <source>配套</source>
        <translation>Utilities</translation>
    </message>
    <message>
        <source>有污水处理</source>
        <translation>wastewater treatment</translation>
    </message>
    <message>
        <source>无污水处理</source>
        <translation>no wastewater treatment</translation>
    </message>
    <message>
        <source>有集中供热</source>
        <translation>central heating</translation>
    </message>
    <message>
        <source>无集中供热</source>
        <translation>no central heating</translation>
    </message>
    <message>
        <source>租金或价格</source>
        <translation>Rent or price</translation>
    </message>
    <message>
        <source>面议</source>
        <translation>to be agreed</translation>
    </message>
    <message>
        <source> 万元/亩</source>
        <translation> 10k yuan/mu</translation>
    </message>
    <message>
        <source> 元/平方米·月</source>
        <translation> yuan/㎡ a month</translation>
    </message>
    <message>
        <source>详细位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>符合与不足：</source>
        <translation>What fits and what falls short:</translation>
    </message>
    <message>
        <source>全市清单中没有符合「%1」需求的可供载体。</source>
        <translation>No site on offer in the city&apos;s inventory meets what &quot;%1&quot; needs.</translation>
    </message>
    <message>
        <source>为「%1」推荐的用地和厂房</source>
        <translation>Land and buildings recommended for &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 · 韶关市招商引资 · %2</source>
        <translation>%1 · Shaoguan investment promotion · %2</translation>
    </message>
    <message>
        <source>以上载体来自韶关市用地厂房清单，截至%1；匹配度按面积、供电、供水、配套、价格、产业定位和意向县区逐项计算，具体以园区现场核实为准。%2</source>
        <translation>The sites above come from Shaoguan&apos;s site inventory as of %1; the match is computed criterion by criterion (area, power, water, utilities, price, industry positioning, preferred counties); the parks&apos; on-site checks prevail. %2</translation>
    </message>
    <message>
        <source>联系人：%1。</source>
        <translation>Contact: %1.</translation>
    </message>
    <message>
        <source>推荐载体清单生成失败。</source>
        <translation>The site list could not be made.</translation>
    </message>
</context>
<context>
    <name>SiteMatch</name>
    <message>
        <source>%1：权重 %2 × %3 = %4</source>
        <translation>%1: weight %2 × %3 = %4</translation>
    </message>
    <message>
        <source>未登记%1</source>
        <translation>%1 not recorded</translation>
    </message>
    <message>
        <source>%1 %2 %3，满足需求 %4 %3</source>
        <translation>%1 %2 %3, meets the %4 %3 needed</translation>
    </message>
    <message>
        <source>%1差 %2 %3（需 %4，现有 %5）</source>
        <translation>%1 short by %2 %3 (needs %4, has %5)</translation>
    </message>
    <message>
        <source>得分 = 100 × %1 ÷ %2 = %3</source>
        <translation>Score = 100 × %1 ÷ %2 = %3</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>当前%1，不可供</source>
        <translation>Currently %1, not on offer</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>这是厂房，项目需要用地</source>
        <translation>A building; the project needs land</translation>
    </message>
    <message>
        <source>这是用地，项目需要厂房</source>
        <translation>Land; the project needs a building</translation>
    </message>
    <message>
        <source>亩</source>
        <translation>mu</translation>
    </message>
    <message>
        <source>㎡</source>
        <translation>㎡</translation>
    </message>
    <message>
        <source>用地面积</source>
        <translation>Land area</translation>
    </message>
    <message>
        <source>建筑面积</source>
        <translation>Floor area</translation>
    </message>
    <message>
        <source>不少于 %1 %2</source>
        <translation>at least %1 %2</translation>
    </message>
    <message>
        <source>不超过 %1 %2</source>
        <translation>at most %1 %2</translation>
    </message>
    <message>
        <source>面积差 %1 %2（需 %3，现有 %4 %2）</source>
        <translation>Area short by %1 %2 (needs %3, has %4 %2)</translation>
    </message>
    <message>
        <source>面积多 %1（需 %2，现有 %3 %4）</source>
        <translation>Area %1 over (needs %2, has %3 %4)</translation>
    </message>
    <message>
        <source>面积 %1 %2，符合 %3</source>
        <translation>Area %1 %2, within %3</translation>
    </message>
    <message>
        <source>供电</source>
        <translation>Power</translation>
    </message>
    <message>
        <source>千伏安</source>
        <translation>kVA</translation>
    </message>
    <message>
        <source>供水</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>吨/日</source>
        <translation>t/day</translation>
    </message>
    <message>
        <source>楼面荷载</source>
        <translation>Floor load</translation>
    </message>
    <message>
        <source>吨/㎡</source>
        <translation>t/㎡</translation>
    </message>
    <message>
        <source>层高</source>
        <translation>Clear height</translation>
    </message>
    <message>
        <source>米</source>
        <translation>m</translation>
    </message>
    <message>
        <source>有%1</source>
        <translation>Has %1</translation>
    </message>
    <message>
        <source>没有%1</source>
        <translation>No %1</translation>
    </message>
    <message>
        <source>污水处理设施</source>
        <translation>wastewater treatment</translation>
    </message>
    <message>
        <source>集中供热</source>
        <translation>Central heating</translation>
    </message>
    <message>
        <source>万元/亩</source>
        <translation>10k yuan/mu</translation>
    </message>
    <message>
        <source>元/㎡·月</source>
        <translation>yuan/㎡ a month</translation>
    </message>
    <message>
        <source>价格</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>未登记租金或价格</source>
        <translation>Rent or price not recorded</translation>
    </message>
    <message>
        <source>价格 %1 %2，在预算 %3 以内</source>
        <translation>Price %1 %2, within the budget of %3</translation>
    </message>
    <message>
        <source>价格超预算 %1（%2 %3，预算 %4）</source>
        <translation>Price %1 over budget (%2 %3, budget %4)</translation>
    </message>
    <message>
        <source>园区定位</source>
        <translation>Park positioning</translation>
    </message>
    <message>
        <source>不在园区内，无产业定位可比</source>
        <translation>Not in a park: no positioning to compare</translation>
    </message>
    <message>
        <source>%1属于%2的主导产业</source>
        <translation>%1 is among the leading industries of %2</translation>
    </message>
    <message>
        <source>%1不在%2的主导产业内</source>
        <translation>%1 is not among the leading industries of %2</translation>
    </message>
    <message>
        <source>意向县区</source>
        <translation>Preferred counties</translation>
    </message>
    <message>
        <source>位于意向县区%1</source>
        <translation>In a preferred county: %1</translation>
    </message>
    <message>
        <source>%1不在意向县区（%2）</source>
        <translation>%1 is not a preferred county (%2)</translation>
    </message>
    <message>
        <source>已预留给其他项目：%1</source>
        <translation>Reserved for another project: %1</translation>
    </message>
    <message>
        <source>已为本项目预留：%1</source>
        <translation>Reserved for this project: %1</translation>
    </message>
    <message>
        <source>%1 至 %2 %3</source>
        <translation>%1 to %2 %3</translation>
    </message>
</context>
<context>
    <name>SiteMatchService</name>
    <message>
        <source>找不到项目线索「%1」。</source>
        <translation>No project lead &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>项目「%1」还没有选址需求：先登记需求类型、面积和配套要求。</source>
        <translation>Project &quot;%1&quot; has no site requirement yet: register what it needs, the area and the utilities first.</translation>
    </message>
</context>
<context>
    <name>SiteReservations</name>
    <message>
        <source>找不到用地厂房「%1」。</source>
        <translation>No site &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>找不到项目线索「%1」。</source>
        <translation>No project lead &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>「%1」已由%2于%3为「%4」预留，一处载体只能为一个项目预留。</source>
        <translation>&quot;%1&quot; was reserved by %2 on %3 for &quot;%4&quot;; a site can be reserved for one project only.</translation>
    </message>
    <message>
        <source>本组</source>
        <translation>This team</translation>
    </message>
    <message>
        <source>这个项目没有预留「%1」。</source>
        <translation>This project has not reserved &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>SyncSchema</name>
    <message>
        <source>未知的数据表“%1”</source>
        <translation>Unknown table &quot;%1&quot;</translation>
    </message>
    <message>
        <source>无效的数据范围“%1”</source>
        <translation>Invalid scope &quot;%1&quot;</translation>
    </message>
    <message>
        <source>未知的角色“%1”</source>
        <translation>Unknown role &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1不能写入其他组的数据（%2）</source>
        <translation>%1: may not write another team&apos;s data (%2)</translation>
    </message>
    <message>
        <source>%1不能写入这个数据范围（%2）</source>
        <translation>%1: may not write in this scope (%2)</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>整条记录</source>
        <translation>Whole record</translation>
    </message>
    <message>
        <source>%1 %2 条</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>yyyy年M月d日 HH:mm</source>
        <translation>d MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>刚刚</source>
        <translation>Just now</translation>
    </message>
    <message>
        <source>%1 分钟前</source>
        <translation>%1 min ago</translation>
    </message>
    <message>
        <source>%1 小时前</source>
        <translation>%1 h ago</translation>
    </message>
    <message>
        <source>昨天 %1</source>
        <translation>Yesterday %1</translation>
    </message>
    <message>
        <source>%1 天前</source>
        <translation>%1 days ago</translation>
    </message>
    <message>
        <source>M月d日</source>
        <translation>d MMM</translation>
    </message>
</context>
<context>
    <name>VisitRepository</name>
    <message>
        <source>请选择或新建走访的企业。</source>
        <translation>Choose the visited company or enter a new one.</translation>
    </message>
    <message>
        <source>请填写走访时间。</source>
        <translation>Enter the visit time.</translation>
    </message>
    <message>
        <source>走访时间不能晚于今天。计划中的走访请记为上次走访的下一步。</source>
        <translation>The visit time cannot be later than today. Record a planned visit as the next step of the previous visit.</translation>
    </message>
    <message>
        <source>请选择走访地点：广州、深圳、东莞或其他。</source>
        <translation>Choose the visit location: Guangzhou, Shenzhen, Dongguan or Other.</translation>
    </message>
    <message>
        <source>投资意向只能是未判断、低、中、高。</source>
        <translation>Investment intent must be Not assessed, Low, Medium or High.</translation>
    </message>
    <message>
        <source>设了跟进日期，请写明下一步要做什么。</source>
        <translation>A follow-up date is set; describe the next step.</translation>
    </message>
    <message>
        <source>跟进日期不能早于走访日期。</source>
        <translation>The follow-up date cannot be before the visit date.</translation>
    </message>
    <message>
        <source>走访的企业不存在，请重新选择。</source>
        <translation>The visited company no longer exists; choose again.</translation>
    </message>
    <message>
        <source>找不到这条走访记录。</source>
        <translation>This visit was not found.</translation>
    </message>
    <message>
        <source>见到的联系人不存在，请重新选择。</source>
        <translation>A contact met does not exist; please choose again.</translation>
    </message>
</context>
<context>
    <name>VisitService</name>
    <message>
        <source>不认识的字段“%1”。可用：%2</source>
        <translation>Unknown field “%1”. Available: %2</translation>
    </message>
    <message>
        <source>“%1”应是一个列表，如 [&quot;何建华&quot;]。</source>
        <translation>“%1” must be a list, e.g. [&quot;He Jianhua&quot;].</translation>
    </message>
    <message>
        <source>走访时间“%1”看不懂，请写成 2026-11-30 10:00。</source>
        <translation>Cannot read the visit time “%1”; write it as 2026-11-30 10:00.</translation>
    </message>
    <message>
        <source>跟进日期“%1”看不懂，请写成 2026-12-15。</source>
        <translation>Cannot read the follow-up date “%1”; write it as 2026-12-15.</translation>
    </message>
    <message>
        <source>资料库里没有“%1”。</source>
        <translation>The materials library has no “%1”.</translation>
    </message>
</context>
<context>
    <name>WireCodec</name>
    <message>
        <source>同步数据格式错误：%1</source>
        <translation>Malformed sync data: %1</translation>
    </message>
    <message>
        <source>%1 的“%2”过长（%3，上限 %4 字）</source>
        <translation>%1: “%2” is too long (%3; at most %4 characters)</translation>
    </message>
    <message>
        <source>%1 记录过大（%2 KB，同步上限 %3 KB）</source>
        <translation>%1 record too large (%2 KB; the sync limit is %3 KB)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>招商外勤</source>
        <translation>Zhaoshang Field</translation>
    </message>
    <message>
        <source>招商外勤：外驻招商人员的离线加密工作平台</source>
        <translation>Zhaoshang Field: the offline, encrypted workspace of stationed investment-promotion officers</translation>
    </message>
    <message>
        <source>打开指定的工作区文件。</source>
        <translation>Open the given workspace file.</translation>
    </message>
    <message>
        <source>显示窗口后截图保存到文件并退出（开发用）。</source>
        <translation>Save a screenshot of the window to a file and quit (for development).</translation>
    </message>
    <message>
        <source>加密数据库组件缺失，程序不能安全运行。请重新安装。</source>
        <translation>The encrypted database component is missing; the program cannot run safely. Please reinstall.</translation>
    </message>
    <message>
        <source>解锁后显示的栏目序号 0–6（开发用）。</source>
        <translation>Section to show after unlocking, 0–6 (for development).</translation>
    </message>
    <message>
        <source>解锁后搜索（开发用）。</source>
        <translation>Search for this text after unlocking (for development).</translation>
    </message>
    <message>
        <source>解锁后打开新建表单并截图（开发用）。</source>
        <translation>Open a new-record form after unlocking and save a screenshot (for development).</translation>
    </message>
</context>
<context>
    <name>zs::RecordKinds</name>
    <message>
        <source>投资协议</source>
        <translation>Investment agreements</translation>
    </message>
</context>
<context>
    <name>zs::RecordList</name>
    <message>
        <source>协议编号</source>
        <translation>Agreement no.</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>落地县（市、区）</source>
        <translation>County</translation>
    </message>
    <message>
        <source>园区</source>
        <translation>Park</translation>
    </message>
    <message>
        <source>签约日期</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>固定资产投资（万元）</source>
        <translation>Fixed assets (10k CNY)</translation>
    </message>
    <message>
        <source>用地（亩）</source>
        <translation>Land (mu)</translation>
    </message>
    <message>
        <source>投资强度（万元/亩）</source>
        <translation>Intensity (10k CNY/mu)</translation>
    </message>
    <message>
        <source>约定开工</source>
        <translation>Start due</translation>
    </message>
    <message>
        <source>跟踪服务专员</source>
        <translation>Follow-up specialist</translation>
    </message>
    <message>
        <source>到期日期</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>累计投资（万元）</source>
        <translation>Cumulative (10k CNY)</translation>
    </message>
    <message>
        <source>报告日期</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <source>建设状态</source>
        <translation>Building state</translation>
    </message>
    <message>
        <source>已投产</source>
        <translation>Producing</translation>
    </message>
    <message>
        <source>年产值（万元）</source>
        <translation>Output (10k CNY)</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Taken by</translation>
    </message>
    <message>
        <source>发现日期</source>
        <translation>Found on</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>Rectify by</translation>
    </message>
    <message>
        <source>整改完成</source>
        <translation>Rectified</translation>
    </message>
    <message>
        <source>服务阶段</source>
        <translation>Service stage</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>办理状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>完成日期</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>提出日期</source>
        <translation>Raised on</translation>
    </message>
    <message>
        <source>诉求内容</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>承办部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>答复日期</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <source>答复用时（天）</source>
        <translation>Days to answer</translation>
    </message>
    <message>
        <source>服务日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>服务方式</source>
        <translation>How</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>县（市、区）</source>
        <translation>County (city, district)</translation>
    </message>
    <message>
        <source>建筑面积（㎡）</source>
        <translation>Floor area (㎡)</translation>
    </message>
    <message>
        <source>供电（千伏安）</source>
        <translation>Power (kVA)</translation>
    </message>
    <message>
        <source>污水处理</source>
        <translation>Wastewater treatment</translation>
    </message>
    <message>
        <source>租金或价格</source>
        <translation>Rent or price</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>闲置起始</source>
        <translation>Idle since</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>需求类型</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>最小面积</source>
        <translation>Minimum area</translation>
    </message>
    <message>
        <source>最大面积</source>
        <translation>Maximum area</translation>
    </message>
    <message>
        <source>意向县区</source>
        <translation>Preferred counties</translation>
    </message>
    <message>
        <source>需要时间</source>
        <translation>Needed by</translation>
    </message>
    <message>
        <source>预留情况</source>
        <translation>Reservation</translation>
    </message>
    <message>
        <source>用地厂房</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>预留人</source>
        <translation>Reserved by</translation>
    </message>
    <message>
        <source>预留日期</source>
        <translation>Reserved on</translation>
    </message>
    <message>
        <source>全部县区</source>
        <translation>All counties</translation>
    </message>
    <message>
        <source>全部类型</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
</context>
<context>
    <name>zs::SessionController</name>
    <message>
        <source>两次输入的口令不一致。</source>
        <translation>The two passphrases do not match.</translation>
    </message>
    <message>
        <source>尝试次数过多，请 %1 秒后再试。</source>
        <translation>Too many attempts. Try again in %1 s.</translation>
    </message>
    <message numerus="yes">
        <source>已连续失败 %n 次，请稍候再试。</source>
        <translation>
            <numerusform>%n failed attempt in a row; please wait.</numerusform>
            <numerusform>%n failed attempts in a row; please wait.</numerusform>
        </translation>
    </message>
    <message>
        <source>只能在工作区锁定时从备份恢复。</source>
        <translation>A backup can only be restored while the workspace is locked.</translation>
    </message>
</context>
<context>
    <name>zs::repo</name>
    <message>
        <source>内容太长（%1 字，最多 %2 字）。</source>
        <translation>Too long (%1 characters; at most %2).</translation>
    </message>
    <message>
        <source>整条记录的文字太多（约 %1 KB，同步上限 %2 KB），请缩短这一项。</source>
        <translation>This record holds too much text (about %1 KB; the sync limit is %2 KB). Please shorten this field.</translation>
    </message>
    <message>
        <source>电子邮箱格式不对，例如 name@example.com。</source>
        <translation>The email address is not valid; it should look like name@example.com.</translation>
    </message>
    <message>
        <source>电话号码只能包含数字、空格和 + - ( )，多个号码用顿号或逗号分开。</source>
        <translation>Phone numbers may contain only digits, spaces and + - ( ); separate several numbers with commas.</translation>
    </message>
</context>
<context>
    <name>zs::sync::BlobTransfer</name>
    <message>
        <source>无法查询总部的文件（HTTP %1）：%2</source>
        <translation>Cannot check HQ&apos;s copy of the file (HTTP %1): %2</translation>
    </message>
    <message>
        <source>无法更新文件队列</source>
        <translation>Cannot update the file queue</translation>
    </message>
    <message>
        <source>总部拒绝了文件（HTTP %1）：%2</source>
        <translation>HQ refused the file (HTTP %1): %2</translation>
    </message>
    <message>
        <source>登录已过期，下次同步后继续下载</source>
        <translation>The sign-in has expired; the download continues after the next sync</translation>
    </message>
    <message>
        <source>下载失败（HTTP %1）：%2</source>
        <translation>Download failed (HTTP %1): %2</translation>
    </message>
    <message>
        <source>总部返回的文件片段与请求不符</source>
        <translation>The piece of the file HQ sent does not match the request</translation>
    </message>
    <message>
        <source>无法保存下载的文件片段</source>
        <translation>Cannot save the downloaded piece of the file</translation>
    </message>
    <message>
        <source>文件校验失败（内容与 SHA-256 不符），已丢弃，将重新下载</source>
        <translation>File check failed (content does not match its SHA-256); discarded, will download again</translation>
    </message>
    <message>
        <source>无法保存下载的文件</source>
        <translation>Cannot save the downloaded file</translation>
    </message>
</context>
<context>
    <name>zs::sync::SyncEngine</name>
    <message>
        <source>正在同步，请稍后再试</source>
        <translation>A sync is in progress. Please try again later</translation>
    </message>
    <message>
        <source>服务器地址无效，应为 https://主机:端口</source>
        <translation>Invalid server address; it should be https://host:port</translation>
    </message>
    <message>
        <source>只有本机演示服务器可以不加密（http），其他服务器必须用 https</source>
        <translation>Only a local demo server may be unencrypted (http); all other servers must use https</translation>
    </message>
    <message>
        <source>请提供总部的 CA 证书（PEM）</source>
        <translation>Please provide HQ&apos;s CA certificate (PEM)</translation>
    </message>
    <message>
        <source>登记失败（HTTP %1）</source>
        <translation>Enrollment failed (HTTP %1)</translation>
    </message>
    <message>
        <source>已登记：%1（%2）</source>
        <translation>Enrolled: %1 (%2)</translation>
    </message>
    <message>
        <source>此工作区尚未登记到总部</source>
        <translation>This workspace is not yet enrolled with HQ</translation>
    </message>
    <message>
        <source>同步已取消</source>
        <translation>Sync canceled</translation>
    </message>
    <message>
        <source>正在验证身份</source>
        <translation>Verifying identity</translation>
    </message>
    <message>
        <source>总部拒绝了登录（HTTP %1）：%2</source>
        <translation>HQ refused the login (HTTP %1): %2</translation>
    </message>
    <message>
        <source>此设备已被总部远程清除，本机的同步数据已删除</source>
        <translation>HQ has remotely wiped this device; the synced data on this computer has been deleted</translation>
    </message>
    <message>
        <source>此设备已被总部停用</source>
        <translation>HQ has deactivated this device</translation>
    </message>
    <message>
        <source>正在上传修改</source>
        <translation>Uploading changes</translation>
    </message>
    <message>
        <source>上传失败（HTTP %1）：%2</source>
        <translation>Upload failed (HTTP %1): %2</translation>
    </message>
    <message>
        <source>正在下载更新</source>
        <translation>Downloading updates</translation>
    </message>
    <message>
        <source>下载失败（HTTP %1）：%2</source>
        <translation>Download failed (HTTP %1): %2</translation>
    </message>
    <message>
        <source>正在上传资料文件</source>
        <translation>Uploading material files</translation>
    </message>
    <message>
        <source>此工作区的登记信息不一致（令牌不是当前服务器签发的），请重新登记到总部</source>
        <translation>This workspace&apos;s enrolment is inconsistent (its tokens were not issued by the current server). Enrol it with HQ again.</translation>
    </message>
    <message>
        <source>总部无法读取这批修改</source>
        <translation>HQ could not read these changes</translation>
    </message>
</context>
<context>
    <name>zs::sync::SyncSchema</name>
    <message>
        <source>招商专员</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>组长</source>
        <translation>Team lead</translation>
    </message>
    <message>
        <source>总部分析员</source>
        <translation>HQ analyst</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>走访和项目线索必须属于一个组，不能放在全市范围</source>
        <translation>Visits and project leads must belong to a team, not to the whole city</translation>
    </message>
    <message>
        <source>只有总部可以发布全市共享的资料和活动（%1）</source>
        <translation>Only HQ can publish city-wide materials and events (%1)</translation>
    </message>
    <message>
        <source>跟踪服务专员名单由总部维护（%1）</source>
        <translation>The follow-up specialists list is kept by HQ (%1)</translation>
    </message>
    <message>
        <source>跟踪服务专员</source>
        <translation>Follow-up specialist</translation>
    </message>
    <message>
        <source>投资协议及其履约进展、处置记录由所在县（市、区）的跟踪服务专员维护（%1）</source>
        <translation>Investment agreements, their progress and measures are kept by the county&apos;s follow-up specialists (%1)</translation>
    </message>
    <message>
        <source>用地厂房清单由总部和各县（市、区）的跟踪服务专员维护（%1）</source>
        <translation>The site inventory is kept by HQ and the counties&apos; follow-up specialists (%1)</translation>
    </message>
    <message>
        <source>预留由登记它的组维护（%1）</source>
        <translation>A reservation is kept by the team that made it (%1)</translation>
    </message>
    <message>
        <source>这处用地厂房已由%1于%2预留，一处载体只能为一个项目预留</source>
        <translation>This site was reserved by %1 on %2; a site can be reserved for one project only</translation>
    </message>
</context>
<context>
    <name>zs::ui::AgreementWatchTab</name>
    <message>
        <source>生成催告函…</source>
        <translation>Formal notice…</translation>
    </message>
    <message>
        <source>选中一项“触发”或“已处置”的退出情形后，可为它生成催告函。</source>
        <translation>Select a triggered or handled exit condition to make a formal notice for it.</translation>
    </message>
    <message>
        <source>催告函</source>
        <translation>Formal notice</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>催告函 %1 已生成（%2前答复）。

送达后登记为处置措施吗？登记后这份催告函存入资料库，该退出情形转为“已处置”，下一步为“取消优惠”。</source>
        <translation>Formal notice %1 made (answer due by %2).

Record it as a measure once delivered? It is kept in the library, the condition becomes “handled”, and the next step is revoking incentives.</translation>
    </message>
    <message>
        <source>约定累计投资</source>
        <translation>Investment promised</translation>
    </message>
    <message>
        <source>实际累计投资</source>
        <translation>Investment reported</translation>
    </message>
    <message>
        <source>投资进度：约定与实际（万元）</source>
        <translation>Investment: promised and reported (10k CNY)</translation>
    </message>
    <message>
        <source>登记收回土地…</source>
        <translation>Record land taken back…</translation>
    </message>
    <message>
        <source>选中一项“触发”或“已处置”的退出情形后，可登记依协议收回土地；收回的地块进入用地厂房清单（闲置）。</source>
        <translation>Select a triggered or handled exit condition to record the land taken back under the agreement; the parcel enters the site inventory as idle land.</translation>
    </message>
    <message>
        <source>登记收回土地</source>
        <translation>Record land taken back</translation>
    </message>
    <message>
        <source>依协议收回这份协议的土地？

将登记一条“收回土地”处置措施，并把收回的地块作为闲置土地登记进全市用地厂房清单（附协议编号和原受让企业），供再招商。</source>
        <translation>Take back this agreement&apos;s land?

A &quot;reclaim land&quot; measure is recorded, and the parcel enters the city&apos;s site inventory as idle land (with the agreement number and the company it was granted to), to be offered again.</translation>
    </message>
    <message>
        <source>已登记收回土地，并把「%1」登记进用地厂房清单（闲置）。</source>
        <translation>Recorded; &quot;%1&quot; is in the site inventory as idle land.</translation>
    </message>
</context>
<context>
    <name>zs::ui::BrochureDialog</name>
    <message>
        <source>编制宣传册</source>
        <translation>Compose Brochure</translation>
    </message>
    <message>
        <source>（请选择企业）</source>
        <translation>(choose a company)</translation>
    </message>
    <message>
        <source>目标企业</source>
        <translation>Target company</translation>
    </message>
    <message>
        <source>政策章节</source>
        <translation>Policy sections</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>邮箱</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>所在招商组</source>
        <translation>Promotion team</translation>
    </message>
    <message>
        <source>联系名片</source>
        <translation>Contact card</translation>
    </message>
    <message>
        <source>生成预览</source>
        <translation>Generate Preview</translation>
    </message>
    <message>
        <source>保存到资料库并记为已发放</source>
        <translation>Save to Materials Library and Mark as Handed Out</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>请先选择目标企业。</source>
        <translation>Choose the target company first.</translation>
    </message>
    <message>
        <source>请至少选择一个政策章节。</source>
        <translation>Choose at least one policy section.</translation>
    </message>
    <message>
        <source>%1 页，%2 KB，用时 %3 毫秒</source>
        <translation>%1 page(s), %2 KB, %3 ms</translation>
    </message>
    <message>
        <source>政策宣传册 · %1</source>
        <translation>Policy brochure · %1</translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>政策宣传册-%1.pdf</source>
        <translation>Policy-brochure-%1.pdf</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>无法写入文件：%1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
    <message>
        <source>已保存到资料库，并记在该企业的动态里。</source>
        <translation>Saved to the library and recorded in the company&apos;s activity.</translation>
    </message>
    <message>
        <source>（不配图）</source>
        <translation>(no picture)</translation>
    </message>
    <message>
        <source>资料库中的地图或照片，印在封面上。在“资料库”导入 PNG 或 JPEG 图片即可选用。</source>
        <translation>A map or photo from the library, printed on the cover. Import a PNG or JPEG picture into the library to choose it.</translation>
    </message>
    <message>
        <source>封面配图</source>
        <translation>Cover picture</translation>
    </message>
</context>
<context>
    <name>zs::ui::ChainMapPage</name>
    <message>
        <source>上游</source>
        <translation>Upstream</translation>
    </message>
    <message>
        <source>中游</source>
        <translation>Midstream</translation>
    </message>
    <message>
        <source>下游</source>
        <translation>Downstream</translation>
    </message>
    <message>
        <source>产业链 / 环节</source>
        <translation>Chain / link</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>本地企业</source>
        <translation>Local enterprises</translation>
    </message>
    <message>
        <source>落地项目</source>
        <translation>Landed projects</translation>
    </message>
    <message>
        <source>在谈线索</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>产业链图谱</source>
        <translation>Chain map</translation>
    </message>
    <message>
        <source>
……共 %1 个</source>
        <translation>
… %1 in all</translation>
    </message>
    <message>
        <source>%1 个环节：已覆盖 %2，薄弱 %3（需强链），空白 %4（需补链）。本地企业指总部在韶关的客商；已覆盖需本地企业和落地项目合计至少 %5 个（seeds/chain_map.json）。</source>
        <translation>%1 links: %2 covered, %3 weak (to strengthen), %4 empty (to fill). Local enterprises are companies headquartered in Shaoguan; a link is covered with at least %5 local enterprises and landed projects together (seeds/chain_map.json).</translation>
    </message>
</context>
<context>
    <name>zs::ui::ChangePassphraseDialog</name>
    <message>
        <source>修改口令</source>
        <translation>Change Passphrase</translation>
    </message>
    <message>
        <source>当前口令</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>新口令</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>确认新口令</source>
        <translation>Confirm new passphrase</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>两次输入的新口令不一致。</source>
        <translation>The two new passphrases do not match.</translation>
    </message>
    <message>
        <source>口令已修改。下次解锁请使用新口令。</source>
        <translation>Passphrase changed. Use the new one to unlock next time.</translation>
    </message>
</context>
<context>
    <name>zs::ui::CompanyDialog</name>
    <message>
        <source>乡贤企业（韶关籍人士创办或主要经营）</source>
        <translation>Hometown-merchant company (founded or mainly run by people from Shaoguan)</translation>
    </message>
    <message>
        <source>新建客商</source>
        <translation>New Company</translation>
    </message>
    <message>
        <source>客商</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>18 位，可不填</source>
        <translation>18 characters; optional</translation>
    </message>
    <message>
        <source>（未选）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>万元</source>
        <translation>10k yuan</translation>
    </message>
    <message>
        <source>企业名称*</source>
        <translation>Company name*</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>产业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>总部城市</source>
        <translation>HQ city</translation>
    </message>
    <message>
        <source>企业规模</source>
        <translation>Company size</translation>
    </message>
    <message>
        <source>年营业收入（万元）</source>
        <translation>Annual revenue (10k yuan)</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>信息来源</source>
        <translation>Information source</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>打开已有记录</source>
        <translation>Open Existing Record</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>添加联系人…</source>
        <translation>Add Contact…</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>已有这家企业：「%1」（同名或同一统一社会信用代码），保存会被拒绝。可以打开已有的记录。</source>
        <translation>This company is already in the directory: “%1” (same name or same unified social credit code); saving will be refused. You can open the existing record.</translation>
    </message>
    <message>
        <source>已有名称相近的客商：%1。是同一家企业吗？是的话请打开已有的记录，不要重复录入。</source>
        <translation>Companies with a similar name exist: %1. Is it the same company? If so, open the existing record instead of entering it twice.</translation>
    </message>
    <message>
        <source>、</source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>zs::ui::ContactDialog</name>
    <message>
        <source>添加联系人</source>
        <translation>Add Contact</translation>
    </message>
    <message>
        <source>多个号码用顿号分开</source>
        <translation>Separate several numbers with commas</translation>
    </message>
    <message>
        <source>关系说明：如何认识、谁引荐、关注什么</source>
        <translation>Relationship: how you met, who introduced you, what they care about</translation>
    </message>
    <message>
        <source>姓名*</source>
        <translation>Name*</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>微信号</source>
        <translation>WeChat ID</translation>
    </message>
    <message>
        <source>关系备注</source>
        <translation>Relationship notes</translation>
    </message>
</context>
<context>
    <name>zs::ui::CreateWorkspaceWidget</name>
    <message>
        <source>更改…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>创建工作区</source>
        <translation>Create Workspace</translation>
    </message>
    <message>
        <source>至少 %1 个字符，可用汉字</source>
        <translation>At least %1 characters; Chinese allowed</translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation>Type it again</translation>
    </message>
    <message>
        <source>创建加密工作区</source>
        <translation>Create an Encrypted Workspace</translation>
    </message>
    <message>
        <source>客商、走访和项目线索都保存在这台电脑的工作区里，用 AES-256 加密；离线也能使用，联网后与市招商总部同步。
口令无法找回：忘记口令就无法打开工作区，请牢记。</source>
        <translation>Companies, visits and leads are kept in a workspace on this computer, encrypted with AES-256. It works offline and syncs with the city&apos;s investment HQ when connected.
The passphrase cannot be recovered: without it the workspace cannot be opened.</translation>
    </message>
    <message>
        <source>保存位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>口令(&amp;P)</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>确认口令(&amp;C)</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <source>强度</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>两次输入的口令不一致。</source>
        <translation>The two passphrases do not match.</translation>
    </message>
    <message>
        <source>工作区保存位置</source>
        <translation>Workspace Location</translation>
    </message>
    <message>
        <source>招商外勤工作区 (*.zsdb)</source>
        <translation>Zhaoshang Field workspace (*.zsdb)</translation>
    </message>
</context>
<context>
    <name>zs::ui::DashboardPage</name>
    <message>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>yyyy年M月d日 dddd</source>
        <translation>dddd, d MMMM yyyy</translation>
    </message>
    <message>
        <source>最近的走访</source>
        <translation>Recent visits</translation>
    </message>
    <message>
        <source>项目线索（按阶段）</source>
        <translation>Leads by stage</translation>
    </message>
    <message>
        <source>客商 %1 家 · 联系人 %2 位 · 走访 %3 次 · 项目线索 %4 个 · 推介活动 %5 场</source>
        <translation>Companies: %1 · Contacts: %2 · Visits: %3 · Leads: %4 · Promotion events: %5</translation>
    </message>
    <message>
        <source>还没有走访记录。按 Ctrl+N 记下第一次走访。</source>
        <translation>No visits yet. Press Ctrl+N to record your first visit.</translation>
    </message>
    <message>
        <source>改到哪一天</source>
        <translation>Move to which day</translation>
    </message>
    <message>
        <source>标记完成</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>改期</source>
        <translation>Reschedule</translation>
    </message>
    <message>
        <source>这一步已经做完：不再列在跟进里</source>
        <translation>This step is done: it leaves the follow-ups</translation>
    </message>
    <message>
        <source>明天</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>后天</source>
        <translation>The day after tomorrow</translation>
    </message>
    <message>
        <source>下周一</source>
        <translation>Next Monday</translation>
    </message>
    <message>
        <source>一周后</source>
        <translation>In a week</translation>
    </message>
    <message>
        <source>选择日期…</source>
        <translation>Choose a date…</translation>
    </message>
    <message>
        <source>跟进事项（逾期、今天和未来一周）</source>
        <translation>Follow-ups (overdue, today and the coming week)</translation>
    </message>
    <message>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>%1 · %2：%3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>跟进日期 %1。双击打开这次走访。</source>
        <translation>Follow-up due %1. Double-click to open the visit.</translation>
    </message>
    <message>
        <source>逾期 %1 天</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>M月d日 ddd</source>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>未来一周没有要跟进的事项。</source>
        <translation>No follow-ups due in the coming week.</translation>
    </message>
    <message>
        <source>还没有项目线索。在“项目线索”里新建，或从走访记录中转为线索。</source>
        <translation>No project leads yet. Create one under Project leads, or turn a visit into a lead.</translation>
    </message>
    <message>
        <source>线索数</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>这个工作区还没有登记到总部。到“同步”页登记后，每天自动与总部交换记录。</source>
        <translation>This workspace is not enrolled with HQ yet. Enrol on the Sync page and it exchanges records with HQ every day.</translation>
    </message>
    <message>
        <source>上次同步：%1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>还没有同步过</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>待上传 %1 条修改</source>
        <translation>%1 changes waiting to upload</translation>
    </message>
    <message>
        <source>本机的修改都已上传</source>
        <translation>All changes on this computer are uploaded</translation>
    </message>
    <message>
        <source>最近一次失败：%1</source>
        <translation>Last failure: %1</translation>
    </message>
    <message>
        <source>快捷键：Ctrl+N 新走访，Ctrl+F 搜索，Ctrl+1…9 切换栏目，Ctrl+L 锁定工作区。</source>
        <translation>Shortcuts: Ctrl+N new visit, Ctrl+F search, Ctrl+1…9 switch pages, Ctrl+L lock the workspace.</translation>
    </message>
</context>
<context>
    <name>zs::ui::EnrollDialog</name>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>我已与总部核对此指纹</source>
        <translation>I have checked this fingerprint with HQ</translation>
    </message>
    <message>
        <source>登记到总部</source>
        <translation>Enroll with HQ</translation>
    </message>
    <message>
        <source>总部提供的 ca.pem</source>
        <translation>ca.pem provided by HQ</translation>
    </message>
    <message>
        <source>总部为您开设的账号</source>
        <translation>The account HQ set up for you</translation>
    </message>
    <message>
        <source>服务器地址</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>以 https:// 开头，例如 https://hq.example.cn:8443。http:// 只能用于本机的演示服务器（127.0.0.1 或 localhost）。</source>
        <translation>Starts with https://, e.g. https://hq.example.cn:8443. http:// can only be used for a local demo server (127.0.0.1 or localhost).</translation>
    </message>
    <message>
        <source>CA 证书文件</source>
        <translation>CA certificate file</translation>
    </message>
    <message>
        <source>总部随账号一起提供的证书（PEM 格式）。本机只信任由它签发的服务器证书。</source>
        <translation>The certificate HQ provided with your account (PEM format). This computer trusts only server certificates signed by it.</translation>
    </message>
    <message>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>只在登记时使用一次，不会保存在本机。</source>
        <translation>Used only once for enrollment; not stored on this computer.</translation>
    </message>
    <message>
        <source>本机名称</source>
        <translation>Computer name</translation>
    </message>
    <message>
        <source>显示在总部的设备列表中，便于识别这台电脑。</source>
        <translation>Shown in HQ&apos;s device list to help identify this computer.</translation>
    </message>
    <message>
        <source>正在连接总部并核对账号…</source>
        <translation>Connecting to HQ and checking the account…</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Enroll</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>登记后，这个工作区以您的总部账号与总部同步。请准备好总部提供的服务器地址、CA 证书文件和账号密码。</source>
        <translation>After enrollment, this workspace syncs with HQ under your HQ account. Have the server address, CA certificate file, account and password from HQ ready.</translation>
    </message>
    <message>
        <source>选择总部的 CA 证书</source>
        <translation>Choose HQ&apos;s CA certificate</translation>
    </message>
    <message>
        <source>PEM 证书 (*.pem *.crt *.cer);;所有文件 (*)</source>
        <translation>PEM certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>这个文件太大，不像证书。</source>
        <translation>This file is too large to be a certificate.</translation>
    </message>
    <message>
        <source>无法读取这个文件。</source>
        <translation>Cannot read this file.</translation>
    </message>
    <message>
        <source>这个文件不是 PEM 格式的证书。请选择总部提供的 ca.pem。</source>
        <translation>This file is not a PEM certificate. Please choose the ca.pem provided by HQ.</translation>
    </message>
    <message>
        <source>（未命名）</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>这个证书已经过期，请向总部索取新的证书。</source>
        <translation>This certificate has expired. Please ask HQ for a new one.</translation>
    </message>
    <message>
        <source>请填写总部服务器地址。</source>
        <translation>Please enter the HQ server address.</translation>
    </message>
    <message>
        <source>地址要以 https:// 开头，例如 https://hq.example.cn:8443。</source>
        <translation>The address must start with https://, e.g. https://hq.example.cn:8443.</translation>
    </message>
    <message>
        <source>地址格式不对，应为 https://主机:端口，例如 https://hq.example.cn:8443。</source>
        <translation>Invalid address format; it should be https://host:port, e.g. https://hq.example.cn:8443.</translation>
    </message>
    <message>
        <source>只有本机的演示服务器（127.0.0.1 或 localhost）可以用 http://。其他服务器请用 https://，否则账号和数据会在网络上明文传输。</source>
        <translation>Only a local demo server (127.0.0.1 or localhost) may use http://. Use https:// for other servers; otherwise your account and data would travel over the network unencrypted.</translation>
    </message>
    <message>
        <source>请先与总部核对上面的指纹（电话或当面），一致后勾选“我已与总部核对此指纹”。</source>
        <translation>First check the fingerprint above with HQ (by phone or in person); if it matches, tick &quot;I have checked this fingerprint with HQ&quot;.</translation>
    </message>
    <message>
        <source>请选择总部提供的 CA 证书文件（通常名为 ca.pem）。</source>
        <translation>Please choose the CA certificate file provided by HQ (usually named ca.pem).</translation>
    </message>
    <message>
        <source>请填写总部为您开设的账号。</source>
        <translation>Please enter the account HQ set up for you.</translation>
    </message>
    <message>
        <source>请填写密码。</source>
        <translation>Please enter the password.</translation>
    </message>
    <message>
        <source>登记没有成功：%1</source>
        <translation>Enrollment did not succeed: %1</translation>
    </message>
    <message>
        <source>%1 · 有效期至 %2 · SHA-256 指纹：</source>
        <translation>%1 · valid until %2 · SHA-256 fingerprint:</translation>
    </message>
</context>
<context>
    <name>zs::ui::EventDialog</name>
    <message>
        <source>新活动</source>
        <translation>New Event</translation>
    </message>
    <message>
        <source>推介活动</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>如：深圳</source>
        <translation>e.g. Shenzhen</translation>
    </message>
    <message>
        <source>输入企业名称添加参会企业</source>
        <translation>Type a company name to add an attending company</translation>
    </message>
    <message>
        <source>日期*</source>
        <translation>Date*</translation>
    </message>
    <message>
        <source>类型*</source>
        <translation>Type*</translation>
    </message>
    <message>
        <source>活动名称*</source>
        <translation>Event name*</translation>
    </message>
    <message>
        <source>城市*</source>
        <translation>City*</translation>
    </message>
    <message>
        <source>主办方</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>使用的资料</source>
        <translation>Materials used</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>参会企业</source>
        <translation>Attending companies</translation>
    </message>
</context>
<context>
    <name>zs::ui::GenericRecordDialog</name>
    <message>
        <source>未填</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>请选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>zs::ui::ImportDialog</name>
    <message>
        <source>行</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>有问题的行和重复的记录不会导入；其余记录在一个事务中写入，失败时不留下任何数据。</source>
        <translation>Rows with problems and duplicate records are not imported. The rest are written in one transaction; if it fails, no data is left behind.</translation>
    </message>
    <message>
        <source>选择 CSV 文件</source>
        <translation>Choose CSV File</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <source>无法读取文件：%1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <source>%1（%2）：共 %3 行，可导入 %4 条，有问题 %5 处，重复 %6 条。</source>
        <translation>%1 (%2): rows: %3, importable: %4, problems: %5, duplicates: %6.</translation>
    </message>
    <message>
        <source>重复：</source>
        <translation>Duplicate: </translation>
    </message>
    <message>
        <source>导入 %1 条</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>已导入 %1 条。</source>
        <translation>Records imported: %1.</translation>
    </message>
    <message>
        <source>导入%1</source>
        <translation>Import %1</translation>
    </message>
</context>
<context>
    <name>zs::ui::LeadDialog</name>
    <message>
        <source>万元</source>
        <translation>10k yuan</translation>
    </message>
    <message>
        <source>亩</source>
        <translation>mu</translation>
    </message>
    <message>
        <source>㎡</source>
        <translation>m²</translation>
    </message>
    <message>
        <source>新线索</source>
        <translation>New Lead</translation>
    </message>
    <message>
        <source>项目线索</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>（请选择企业）</source>
        <translation>(choose a company)</translation>
    </message>
    <message>
        <source>（未选）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>（未定）</source>
        <translation>(undecided)</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>退回或搁置、终止时必填</source>
        <translation>Required when moving back, putting on hold or terminating</translation>
    </message>
    <message>
        <source>企业*</source>
        <translation>Company*</translation>
    </message>
    <message>
        <source>项目名称*</source>
        <translation>Project name*</translation>
    </message>
    <message>
        <source>产业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>计划投资（万元）</source>
        <translation>Planned investment (10k yuan)</translation>
    </message>
    <message>
        <source>用地需求（亩）</source>
        <translation>Land required (mu)</translation>
    </message>
    <message>
        <source>厂房需求（㎡）</source>
        <translation>Factory space required (m²)</translation>
    </message>
    <message>
        <source>意向县（市、区）</source>
        <translation>Target county/city/district</translation>
    </message>
    <message>
        <source>意向园区</source>
        <translation>Target park</translation>
    </message>
    <message>
        <source>线索来源</source>
        <translation>Lead source</translation>
    </message>
    <message>
        <source>来源说明</source>
        <translation>Source details</translation>
    </message>
    <message>
        <source>来源活动</source>
        <translation>Source event</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>阶段说明</source>
        <translation>Stage reason</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>✓ 符合该园区的产业定位。</source>
        <translation>✓ Matches the park&apos;s industry focus.</translation>
    </message>
    <message>
        <source>⚠ 不在该园区的主导产业中，请考虑产业定位相符的园区，避免同质化竞争。</source>
        <translation>⚠ Not one of the park&apos;s leading industries. Consider a park whose industry focus matches, to avoid parks competing for the same industries.</translation>
    </message>
    <message>
        <source>阶段历程</source>
        <translation>Stage history</translation>
    </message>
</context>
<context>
    <name>zs::ui::MainWindow</name>
    <message>
        <source>招商外勤</source>
        <translation>Zhaoshang Field</translation>
    </message>
    <message>
        <source>工作区(&amp;W)</source>
        <translation>&amp;Workspace</translation>
    </message>
    <message>
        <source>锁定(&amp;L)</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>修改口令(&amp;P)…</source>
        <translation>Change &amp;Passphrase…</translation>
    </message>
    <message>
        <source>备份到(&amp;B)…</source>
        <translation>&amp;Back Up To…</translation>
    </message>
    <message>
        <source>检查完整性(&amp;I)</source>
        <translation>Check &amp;Integrity</translation>
    </message>
    <message>
        <source>设置(&amp;S)…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>关于招商外勤(&amp;A)</source>
        <translation>&amp;About Zhaoshang Field</translation>
    </message>
    <message>
        <source>已加密 · %1 · 闲置 %2 分钟后自动锁定</source>
        <translation>Encrypted · %1 · locks after %2 min idle</translation>
    </message>
    <message>
        <source>已加密 · %1</source>
        <translation>Encrypted · %1</translation>
    </message>
    <message>
        <source>尚未创建工作区</source>
        <translation>No workspace yet</translation>
    </message>
    <message>
        <source>工作区已锁定</source>
        <translation>Workspace locked</translation>
    </message>
    <message>
        <source>备份工作区</source>
        <translation>Back Up Workspace</translation>
    </message>
    <message>
        <source>招商外勤工作区 (*.zsdb)</source>
        <translation>Zhaoshang Field workspace (*.zsdb)</translation>
    </message>
    <message>
        <source>已备份到 %1（及其密钥文件 .key）。备份用同一个口令打开。</source>
        <translation>Backed up to %1 (with its .key file). The backup opens with the same passphrase.</translation>
    </message>
    <message>
        <source>检查完整性</source>
        <translation>Check Integrity</translation>
    </message>
    <message>
        <source>工作区完好：加密校验和数据库结构检查都已通过。</source>
        <translation>The workspace is intact: the encryption checksums and the database structure check both passed.</translation>
    </message>
    <message>
        <source>工作区有损坏，请用最近的备份恢复。

%1</source>
        <translation>The workspace is damaged. Restore the latest backup.

%1</translation>
    </message>
    <message>
        <source>打开“同步”</source>
        <translation>Open &quot;Sync&quot;</translation>
    </message>
    <message>
        <source>我的信息(&amp;M)…</source>
        <translation>&amp;My Details…</translation>
    </message>
</context>
<context>
    <name>zs::ui::MaterialViewer</name>
    <message>
        <source>注意：这份资料已有新版本，请使用新版本。</source>
        <translation>Note: this material has been superseded by a newer version. Please use the new version.</translation>
    </message>
    <message>
        <source>注意：这份政策已于 %1 到期。</source>
        <translation>Note: this policy expired on %1.</translation>
    </message>
    <message>
        <source>资料</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>第 </source>
        <translation>Page </translation>
    </message>
    <message>
        <source> 页</source>
        <translation> </translation>
    </message>
    <message>
        <source>在文档中查找</source>
        <translation>Find in document</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation>Fit Width</translation>
    </message>
    <message>
        <source>复制本页文字</source>
        <translation>Copy Page Text</translation>
    </message>
    <message>
        <source>打印预览</source>
        <translation>Print Preview</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>另存副本…</source>
        <translation>Save a Copy…</translation>
    </message>
    <message>
        <source>第 %1 页</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>这份资料无法打开：文件可能已损坏。</source>
        <translation>This material cannot be opened: the file may be damaged.</translation>
    </message>
    <message>
        <source>没有找到「%1」</source>
        <translation>No results for “%1”</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>另存副本</source>
        <translation>Save a Copy</translation>
    </message>
    <message>
        <source>副本将以未加密的形式保存在所选位置，任何人拿到该文件都能打开。确定要保存吗？</source>
        <translation>The copy will be saved unencrypted at the chosen location, and anyone who gets the file can open it. Save it anyway?</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>无法写入文件：%1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
    <message>
        <source>第 %1 页（%2 处）：…%3…</source>
        <translation>Page %1 (%2): …%3…</translation>
    </message>
    <message>
        <source>「%1」共 %2 处</source>
        <translation>“%1”: %2 matches</translation>
    </message>
</context>
<context>
    <name>zs::ui::MergeDialog</name>
    <message>
        <source>%1 %2 条</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>没有其他记录指向它</source>
        <translation>nothing else refers to it</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>合并重复%1</source>
        <translation>Merge duplicate %1</translation>
    </message>
    <message>
        <source>选择要保留的一条。另一条的走访、联系人、项目线索等都会移到保留的记录上，保留的记录缺少的信息由另一条补全，另一条标记为已删除。合并后可以撤销，其他电脑同步后也会跟着合并。</source>
        <translation>Choose the record to keep. The other one&apos;s visits, contacts, leads and so on move onto it, what the kept record lacks is filled in from the other, and the other is marked deleted. The merge can be undone; other computers follow it after they sync.</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>记录一</source>
        <translation>Record 1</translation>
    </message>
    <message>
        <source>记录二</source>
        <translation>Record 2</translation>
    </message>
    <message>
        <source>合并后</source>
        <translation>After the merge</translation>
    </message>
    <message>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>保留%1「%2」
名下：%3</source>
        <translation>Keep %1 “%2”
Holds: %3</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>由另一条补全</source>
        <translation>Filled in from the other record</translation>
    </message>
    <message>
        <source>「%1」名下的%2将移到「%3」上</source>
        <translation>%2 of “%1” move onto “%3”</translation>
    </message>
    <message>
        <source>「%1」没有走访、联系人或线索需要移动</source>
        <translation>“%1” has no visits, contacts or leads to move</translation>
    </message>
    <message>
        <source>；补全%1</source>
        <translation>; fills in %1</translation>
    </message>
    <message>
        <source>；「%1」标记为已删除。</source>
        <translation>; “%1” is marked deleted.</translation>
    </message>
    <message>
        <source>已把「%1」合并到「%2」（移动 %3 条记录）。</source>
        <translation>Merged “%1” into “%2” (%3 rows moved).</translation>
    </message>
</context>
<context>
    <name>zs::ui::ProfileDialog</name>
    <message>
        <source>我的信息</source>
        <translation>My Details</translation>
    </message>
    <message>
        <source>宣传册的名片印这些信息，新的走访和项目线索也从这里带出驻点城市和负责人。只保存在这台电脑的加密工作区里，不上传。</source>
        <translation>The brochure&apos;s card prints these details, and new visits and leads take the stationed city and the officer from here. They are kept only in this computer&apos;s encrypted workspace and are not uploaded.</translation>
    </message>
    <message>
        <source>如：招商专员</source>
        <translation>e.g. Investment promotion officer</translation>
    </message>
    <message>
        <source>如：韶关市驻深圳招商组</source>
        <translation>e.g. Shaoguan Investment Promotion Team in Shenzhen</translation>
    </message>
    <message>
        <source>如：138 0000 0000</source>
        <translation>e.g. 138 0000 0000</translation>
    </message>
    <message>
        <source>如：name@example.cn</source>
        <translation>e.g. name@example.cn</translation>
    </message>
    <message>
        <source>（未定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>姓名*</source>
        <translation>Name*</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>所在招商组</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>驻点城市</source>
        <translation>Stationed city</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>zs::ui::RecordDialog</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>有未保存的修改。要保存吗？</source>
        <translation>There are unsaved changes. Save them?</translation>
    </message>
    <message>
        <source>请先修改标红的字段：
%1</source>
        <translation>Correct the fields marked in red first:
%1</translation>
    </message>
</context>
<context>
    <name>zs::ui::RecordListPage</name>
    <message>
        <source>导入 CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>全部城市</source>
        <translation>All cities</translation>
    </message>
    <message>
        <source>全部阶段</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>全部产业</source>
        <translation>All industries</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>起始日期</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>读取失败</source>
        <translation>Loading Failed</translation>
    </message>
    <message>
        <source>共 %1 条</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>导出列表</source>
        <translation>Export List</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>已导出 %1 条到 %2</source>
        <translation>Exported %1 record(s) to %2</translation>
    </message>
    <message>
        <source>编制宣传册…</source>
        <translation>Compose Brochure…</translation>
    </message>
    <message>
        <source>共 %1 条，已选 %2 条</source>
        <translation>%1 in all, %2 selected</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>记录走访…</source>
        <translation>Log a visit…</translation>
    </message>
    <message>
        <source>新建项目线索…</source>
        <translation>New project lead…</translation>
    </message>
    <message>
        <source>为它编制宣传册…</source>
        <translation>Compose a brochure for it…</translation>
    </message>
    <message>
        <source>合并重复%1…</source>
        <translation>Merge duplicate %1…</translation>
    </message>
    <message>
        <source>选中两条重复的记录后可合并</source>
        <translation>Select two duplicate records to merge them</translation>
    </message>
    <message>
        <source>删除选中的 %1 条…</source>
        <translation>Delete the %1 selected…</translation>
    </message>
    <message>
        <source>删除…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>筛选本列表</source>
        <translation>Filter this list</translation>
    </message>
    <message>
        <source>只显示文字中包含这些字的记录（多个词用空格分开，需同时包含）</source>
        <translation>Show only records whose text contains these words (separate words with spaces; all must be there)</translation>
    </message>
    <message>
        <source>（%1 条）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>改为阶段%1</source>
        <translation>Move to stage%1</translation>
    </message>
    <message>
        <source>指定负责人%1…</source>
        <translation>Assign an officer%1…</translation>
    </message>
    <message>
        <source>筛选方案</source>
        <translation>Saved filters</translation>
    </message>
    <message>
        <source>保存当前的筛选条件，以后一键套用</source>
        <translation>Save the current filters to apply them again in one click</translation>
    </message>
    <message>
        <source>（还没有保存的方案）</source>
        <translation>(no saved filters yet)</translation>
    </message>
    <message>
        <source>保存当前筛选…</source>
        <translation>Save the current filters…</translation>
    </message>
    <message>
        <source>保存筛选方案</source>
        <translation>Save filters</translation>
    </message>
    <message>
        <source>方案名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>清除筛选</source>
        <translation>Clear the filters</translation>
    </message>
    <message>
        <source>删除方案</source>
        <translation>Delete saved filters</translation>
    </message>
    <message>
        <source>按阶段</source>
        <translation>By stage</translation>
    </message>
    <message>
        <source>按城市</source>
        <translation>By city</translation>
    </message>
    <message>
        <source>按产业</source>
        <translation>By industry</translation>
    </message>
    <message>
        <source>不分组</source>
        <translation>No grouping</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>只看这一组；再点一次看全部</source>
        <translation>Show only this group; click again to show all</translation>
    </message>
    <message>
        <source>其余 %1 条</source>
        <translation>%1 more</translation>
    </message>
    <message>
        <source>导出选中的 %1 条…</source>
        <translation>Export the %1 selected…</translation>
    </message>
</context>
<context>
    <name>zs::ui::RecordPage</name>
    <message>
        <source>后退（Alt+←）</source>
        <translation>Back (Alt+←)</translation>
    </message>
    <message>
        <source>前进（Alt+→）</source>
        <translation>Forward (Alt+→)</translation>
    </message>
    <message>
        <source>读取失败</source>
        <translation>Cannot read</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>记录走访…</source>
        <translation>Log a visit…</translation>
    </message>
    <message>
        <source>新建项目线索…</source>
        <translation>New project lead…</translation>
    </message>
    <message>
        <source>编制宣传册…</source>
        <translation>Compose a brochure…</translation>
    </message>
    <message>
        <source>动态（%1）</source>
        <translation>Activity (%1)</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>还没有动态。记录一次走访或新建一条线索，它们会出现在这里。</source>
        <translation>No activity yet. Log a visit or create a lead and it shows here.</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>合并重复%1…</source>
        <translation>Merge duplicate %1…</translation>
    </message>
    <message>
        <source>查看文件…</source>
        <translation>View file…</translation>
    </message>
    <message>
        <source>还没有与这条记录相关的动态。</source>
        <translation>Nothing has happened around this record yet.</translation>
    </message>
</context>
<context>
    <name>zs::ui::SearchPage</name>
    <message>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>没有找到「%1」</source>
        <translation>No results for “%1”</translation>
    </message>
    <message>
        <source>显示更多</source>
        <translation>Show more</translation>
    </message>
    <message>
        <source>全部（%1）</source>
        <translation>All (%1)</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>「%1」：%2 条结果</source>
        <translation>“%1”: %2 results</translation>
    </message>
    <message>
        <source>「%1」：共 %2 条，显示最相关的 %3 条。加一个词可以缩小范围。</source>
        <translation>“%1”: %2 in all; the %3 most relevant are shown. Add a word to narrow it down.</translation>
    </message>
</context>
<context>
    <name>zs::ui::ServiceTab</name>
    <message>
        <source>按模板生成服务节点</source>
        <translation>Plan milestones from a template</translation>
    </message>
    <message>
        <source>服务阶段</source>
        <translation>Service stage</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>办理状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>堵点 / 人员需求</source>
        <translation>Blockers / staffing</translation>
    </message>
    <message>
        <source>提出日期</source>
        <translation>Raised on</translation>
    </message>
    <message>
        <source>诉求内容</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>承办部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>答复日期</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <source>用时</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>How</translation>
    </message>
    <message>
        <source>服务内容</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>按协议约定的签约、开工、竣工、投产日期和达产年份，排出审批手续、证件办理、人员需求、开工建设、设备购置、投产和达产各节点；协议已有的节点不会重复生成。</source>
        <translation>Plans approvals, certificates, staffing, construction, equipment, production and full production from the agreement&apos;s signing, start, completion and production dates and its full-production year; milestones the agreement already has are not made again.</translation>
    </message>
    <message>
        <source>企业诉求</source>
        <translation>Enterprise requests</translation>
    </message>
    <message>
        <source>服务日志</source>
        <translation>Service log</translation>
    </message>
    <message>
        <source>服务节点</source>
        <translation>Service milestones</translation>
    </message>
    <message>
        <source>截至 %1。逾期：过了期限仍未完成；临近：%2 天内到期；企业诉求超过 %3 天未答复或答复用时超过 %3 天计为超时（seeds/service_templates.json）。</source>
        <translation>As of %1. Overdue: past its due date and not done; due soon: due within %2 days; a request unanswered for more than %3 days, or answered after more than %3 days, is late (seeds/service_templates.json).</translation>
    </message>
    <message>
        <source>%1 %2 人</source>
        <translation>%1 %2 people</translation>
    </message>
    <message>
        <source>还没有服务节点。点“按模板生成服务节点”，按协议约定的日期排出从审批手续到达产的各个节点。</source>
        <translation>No service milestones yet. &quot;Plan milestones from a template&quot; plans them from approvals to full production on the agreement&apos;s dates.</translation>
    </message>
    <message>
        <source>答复：%1</source>
        <translation>Answer: %1</translation>
    </message>
    <message>
        <source>企业还没有提出诉求。</source>
        <translation>The enterprise has raised no requests yet.</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>还没有服务记录。</source>
        <translation>No service logged yet.</translation>
    </message>
    <message>
        <source>项目服务</source>
        <translation>Project service</translation>
    </message>
    <message>
        <source>这份协议已有“%1”模板的全部节点，没有新生成。</source>
        <translation>This agreement already has every milestone of the &quot;%1&quot; template; none were made.</translation>
    </message>
    <message>
        <source>已按“%1”模板生成 %2 个服务节点，期限按协议约定的日期推算（悬停在“进度”上可看推算依据）。</source>
        <translation>Made %2 service milestones from the &quot;%1&quot; template, dated from the agreement&apos;s dates (hover over Progress to see how).</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>zs::ui::SettingsDialog</name>
    <message>
        <source>闲置后自动锁定</source>
        <translation>Lock when idle</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source>安全</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>界面语言在下次启动时生效。</source>
        <translation>The language takes effect at the next start.</translation>
    </message>
    <message>
        <source>标准</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>较大</source>
        <translation>Larger</translation>
    </message>
    <message>
        <source>大</source>
        <translation>Large</translation>
    </message>
    <message>
        <source>特大</source>
        <translation>Extra large</translation>
    </message>
    <message>
        <source>%1（%2%）</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>文字大小</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>常规</source>
        <translation>General</translation>
    </message>
    <message>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>自动与总部同步</source>
        <translation>Sync with HQ automatically</translation>
    </message>
    <message>
        <source>每小时</source>
        <translation>Every hour</translation>
    </message>
    <message>
        <source>每 2 小时</source>
        <translation>Every 2 hours</translation>
    </message>
    <message>
        <source>每 4 小时</source>
        <translation>Every 4 hours</translation>
    </message>
    <message>
        <source>每 8 小时</source>
        <translation>Every 8 hours</translation>
    </message>
    <message>
        <source>每天</source>
        <translation>Every day</translation>
    </message>
    <message>
        <source>网络恢复后立即同步</source>
        <translation>Sync as soon as the network is back</translation>
    </message>
    <message>
        <source>在后台下载资料文件</source>
        <translation>Download material files in the background</translation>
    </message>
    <message>
        <source>同步频率</source>
        <translation>How often</translation>
    </message>
    <message>
        <source>关闭自动同步后，只有点“同步”才会同步；同步失败后的自动重试也随之停止。
不在后台下载资料文件时，打开某份资料才会下载它。</source>
        <translation>With automatic sync off, only “Sync” syncs, and failed syncs are not retried.
Without background downloads, a material file is downloaded when it is opened.</translation>
    </message>
    <message>
        <source>B5（JIS）</source>
        <translation>B5 (JIS)</translation>
    </message>
    <message>
        <source>彩色打印</source>
        <translation>Print in colour</translation>
    </message>
    <message>
        <source>双面打印（长边翻页）</source>
        <translation>Print on both sides (long edge)</translation>
    </message>
    <message>
        <source> 个</source>
        <translation> parks</translation>
    </message>
    <message>
        <source>纸张</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>宣传册默认章节</source>
        <translation>Brochure sections by default</translation>
    </message>
    <message>
        <source>推荐园区数</source>
        <translation>Parks recommended</translation>
    </message>
    <message>
        <source>打印时仍可在打印对话框中临时更改；宣传册的章节在编制时也可增减。</source>
        <translation>The print dialog can still change these for one print; a brochure’s sections can be changed when it is composed.</translation>
    </message>
    <message>
        <source>宣传册至少要有一个章节。</source>
        <translation>A brochure needs at least one section.</translation>
    </message>
    <message>
        <source>请先在“打印”中至少选择一个宣传册章节。</source>
        <translation>Choose at least one brochure section under “Printing” first.</translation>
    </message>
</context>
<context>
    <name>zs::ui::SiteMatchTab</name>
    <message>
        <source>显示被排除的</source>
        <translation>Show excluded</translation>
    </message>
    <message>
        <source>也列出不可用的载体（已出租、类型不符、差距超出容差……）及原因</source>
        <translation>Also list the sites that cannot serve (let, wrong kind, short beyond tolerance…) and why</translation>
    </message>
    <message>
        <source>名次</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>载体</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>匹配度</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>这个项目还没有选址需求。登记需求类型、面积、供电供水和配套要求后，这里按匹配度列出全市可供的用地和厂房，并说明每处符合和欠缺的地方。</source>
        <translation>This project has no site requirement yet. Once what it needs, the area, power, water and utilities are registered, the city&apos;s available land and buildings are listed here by how well they match, each with what fits and what falls short.</translation>
    </message>
    <message>
        <source>编辑选址需求…</source>
        <translation>Edit the site requirement…</translation>
    </message>
    <message>
        <source>登记选址需求…</source>
        <translation>Register a site requirement…</translation>
    </message>
    <message>
        <source>亩</source>
        <translation>mu</translation>
    </message>
    <message>
        <source>㎡</source>
        <translation>㎡</translation>
    </message>
    <message>
        <source>需要用地</source>
        <translation>Needs land</translation>
    </message>
    <message>
        <source>需要厂房</source>
        <translation>Needs a building</translation>
    </message>
    <message>
        <source>供电 %1 千伏安</source>
        <translation>power %1 kVA</translation>
    </message>
    <message>
        <source>用水 %1 吨/日</source>
        <translation>water %1 t/day</translation>
    </message>
    <message>
        <source>需要污水处理</source>
        <translation>Needs wastewater treatment</translation>
    </message>
    <message>
        <source>需要集中供热</source>
        <translation>Needs central heating</translation>
    </message>
    <message>
        <source>意向 %1</source>
        <translation>preferring %1</translation>
    </message>
    <message>
        <source>%1。可供 %2 处，排除 %3 处。</source>
        <translation>%1. %2 sites on offer, %3 excluded.</translation>
    </message>
    <message>
        <source>排除</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <source>预留所选载体</source>
        <translation>Reserve the selected site</translation>
    </message>
    <message>
        <source>把选中的载体预留给这个项目。下次同步时由总部确认：同一处载体先到者持有，后到的预留会被退回并说明由谁预留。</source>
        <translation>Reserve the selected site for this project. HQ settles it at the next sync: the first reservation of a site to arrive holds it; a later one is returned, saying who holds the site.</translation>
    </message>
    <message>
        <source>%1 · 已预留</source>
        <translation>%1 · reserved</translation>
    </message>
    <message>
        <source>预留载体</source>
        <translation>Reserve a site</translation>
    </message>
    <message>
        <source>已把「%1」预留给本项目。下次同步时由总部确认；如果其他组已先预留，这条预留会被退回，并在同步页说明由谁预留。</source>
        <translation>&quot;%1&quot; is reserved for this project. HQ settles it at the next sync; if another team reserved it first, this reservation is returned and the sync page says who holds it.</translation>
    </message>
    <message>
        <source>推荐清单…</source>
        <translation>Site list…</translation>
    </message>
    <message>
        <source>把最匹配的三处载体及理由生成 PDF 推荐清单，可打印或存入资料库并记为发给企业</source>
        <translation>Make a PDF of the three best sites with their reasons, to print or keep in the library as handed out to the company</translation>
    </message>
    <message>
        <source>面积 %1 至 %2 %3</source>
        <translation>area %1 to %2 %3</translation>
    </message>
    <message>
        <source>推荐清单</source>
        <translation>Site list</translation>
    </message>
    <message>
        <source>把这份推荐清单存入资料库，并记为发给%1？</source>
        <translation>Keep this site list in the library, recorded as handed out to %1?</translation>
    </message>
</context>
<context>
    <name>zs::ui::SyncIssuesView</name>
    <message>
        <source>同一处在本机和别的电脑上都改过时，以较晚的修改为准。下面是本机被覆盖的值，它们没有丢失：选中一行，点“恢复我的值”，这个值就作为您的新修改保存，下次同步时会覆盖总部和其他电脑上的值。双击一行可打开该记录。</source>
        <translation>When the same field was changed both on this computer and on another one, the later change wins. Below are the values from this computer that were overwritten; they are not lost: select a row and click &quot;Restore my value&quot; to save that value as your new change, which will overwrite the value at HQ and on other computers at the next sync. Double-click a row to open the record.</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>记录类型</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>被覆盖的值</source>
        <translation>Overwritten value</translation>
    </message>
    <message>
        <source>采用的值</source>
        <translation>Value used</translation>
    </message>
    <message>
        <source>来自</source>
        <translation>From</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>没有冲突。两边改了同一处时，本机被覆盖的值会列在这里，可以恢复。</source>
        <translation>No conflicts. When both sides change the same field, the value overwritten on this computer is listed here and can be restored.</translation>
    </message>
    <message>
        <source>恢复我的值</source>
        <translation>Restore my value</translation>
    </message>
    <message>
        <source>把选中的被覆盖的值作为新修改保存，下次同步时生效</source>
        <translation>Save the selected overwritten value as a new change; it takes effect at the next sync</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>没有被总部退回的修改。</source>
        <translation>No changes refused by HQ.</translation>
    </message>
    <message>
        <source>（记录 %1）</source>
        <translation>(record %1)</translation>
    </message>
    <message>
        <source>%1 · 已恢复我的值</source>
        <translation>%1 · my value restored</translation>
    </message>
    <message>
        <source>设备 %1</source>
        <translation>Device %1</translation>
    </message>
    <message>
        <source>采用的值来自这台设备（设备标识的前 8 位）</source>
        <translation>The value used came from this device (first 8 characters of the device ID)</translation>
    </message>
    <message>
        <source>冲突（%1）</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>被总部退回（%1）</source>
        <translation>Refused by HQ (%1)</translation>
    </message>
    <message>
        <source>被总部退回</source>
        <translation>Refused by HQ</translation>
    </message>
    <message>
        <source>已恢复“%1”的%2。它现在是本机的新修改，下次同步时会覆盖总部和其他电脑上的值。</source>
        <translation>Restored the %2 of &quot;%1&quot;. It is now a new change on this computer and will overwrite the value at HQ and on other computers at the next sync.</translation>
    </message>
    <message>
        <source>下面这些修改没有被总部接收：通常是超出了账号的权限（例如把走访记到了别的组），或者记录的文字太多、超出了同步上限（本机在上传前就会拦下）。它们不会再上传，也不会耽误其他修改的同步，总部和同事都看不到。超出上限的，请缩短长文本后重新保存；其他的如有疑问，请把理由告诉总部管理员。</source>
        <translation>HQ did not accept the changes below: usually they go beyond what the account may do (a visit recorded for another team, say), or a record holds more text than sync allows (this laptop stops those before uploading). They will not be uploaded again and do not hold up other changes; neither HQ nor colleagues see them. For a record over the limit, shorten its long texts and save it again; for anything else, tell HQ&apos;s administrator the reason shown.</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>zs::ui::SyncPage</name>
    <message>
        <source>%1 秒</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 分钟</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>与总部同步</source>
        <translation>Sync with HQ</translation>
    </message>
    <message>
        <source>与市招商总部交换记录：上传本机的新增和修改，下载总部和同事共享的记录。离线时照常工作，联网后自动同步。</source>
        <translation>Exchange records with the city&apos;s investment promotion HQ: upload new and changed records from this computer, download records shared by HQ and colleagues. Work as usual offline; sync happens automatically when online.</translation>
    </message>
    <message>
        <source>这个工作区还没有登记到总部</source>
        <translation>This workspace is not yet enrolled with HQ</translation>
    </message>
    <message>
        <source>登记后，这台电脑与市招商总部同步：
  · 您录入的客商、联系人、走访、项目线索和推介活动上传到总部，全市各组的工作汇成一盘棋；
  · 全市共享的客商和联系人、本组同事的走访和线索下载到本机，外出时离线也能查；
  · 联网时自动同步（每天至少一次，网络恢复时也会同步），也可以随时点“立即同步”；
  · 两边改了同一处时以较晚的修改为准，被覆盖的值保留在“冲突”里，可以恢复；
  · 传输全程加密，只信任总部发放的证书；账号权限由总部管理，电脑丢失时总部可以远程清除本机数据。</source>
        <translation>After enrollment, this computer syncs with the city&apos;s investment promotion HQ:
  · The companies, contacts, visits, project leads and promotion events you enter are uploaded to HQ, so the work of all teams across the city comes together as one;
  · Companies and contacts shared city-wide, and your team colleagues&apos; visits and leads, are downloaded to this computer, so you can look them up offline in the field;
  · Sync runs automatically when online (at least once a day, and also when the network comes back); you can also click &quot;Sync now&quot; at any time;
  · When both sides change the same field, the later change wins; overwritten values are kept under &quot;Conflicts&quot; and can be restored;
  · All transfers are encrypted and only certificates issued by HQ are trusted; account permissions are managed by HQ, and if the computer is lost, HQ can remotely wipe its data.</translation>
    </message>
    <message>
        <source>登记需要：总部服务器地址、总部的 CA 证书文件（ca.pem），以及总部为您开设的账号和密码。</source>
        <translation>Enrollment requires: the HQ server address, the HQ CA certificate file (ca.pem), and the account and password HQ set up for you.</translation>
    </message>
    <message>
        <source>登记到总部…</source>
        <translation>Enroll with HQ…</translation>
    </message>
    <message>
        <source>登记为</source>
        <translation>Enrolled as</translation>
    </message>
    <message>
        <source>组</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>服务器</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>本机设备</source>
        <translation>This device</translation>
    </message>
    <message>
        <source>待上传的修改</source>
        <translation>Changes waiting to upload</translation>
    </message>
    <message>
        <source>上次成功同步</source>
        <translation>Last successful sync</translation>
    </message>
    <message>
        <source>上次错误</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>CA 指纹</source>
        <translation>CA fingerprint</translation>
    </message>
    <message>
        <source>立即同步</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>立即与总部同步（Ctrl+Shift+S 或 F5）</source>
        <translation>Sync with HQ now (Ctrl+Shift+S or F5)</translation>
    </message>
    <message>
        <source>快捷键 Ctrl+Shift+S 或 F5</source>
        <translation>Shortcut: Ctrl+Shift+S or F5</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>停止这次同步。已完成的部分保留，下次从这里继续。</source>
        <translation>Stop this sync. Completed parts are kept; the next sync continues from here.</translation>
    </message>
    <message>
        <source>这个工作区还没有登记到总部，请先点“登记到总部…”。</source>
        <translation>This workspace is not yet enrolled with HQ. Please click &quot;Enroll with HQ…&quot; first.</translation>
    </message>
    <message>
        <source>正在连接总部</source>
        <translation>Connecting to HQ</translation>
    </message>
    <message>
        <source>正在同步…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>%1 · 已处理 %2 条</source>
        <translation>%1 · %2 processed</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>已取消。已完成的部分都已保存，下次同步从这里继续。</source>
        <translation>Canceled. Everything completed has been saved; the next sync continues from here.</translation>
    </message>
    <message>
        <source>上传 %1 条</source>
        <translation>%1 uploaded</translation>
    </message>
    <message>
        <source>下载 %1 条</source>
        <translation>%1 downloaded</translation>
    </message>
    <message>
        <source>%1 处冲突（见下方“冲突”）</source>
        <translation>%1 conflicts (see &quot;Conflicts&quot; below)</translation>
    </message>
    <message>
        <source>%1 笔修改被总部退回（见“被总部退回”）</source>
        <translation>%1 changes refused by HQ (see &quot;Refused by HQ&quot;)</translation>
    </message>
    <message>
        <source>按总部的权限移除了 %1 条记录</source>
        <translation>%1 records removed according to HQ&apos;s permissions</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>同步没有完成：%1</source>
        <translation>Sync did not complete: %1</translation>
    </message>
    <message>
        <source>。稍后会自动重试。</source>
        <translation>. It will retry automatically later.</translation>
    </message>
    <message>
        <source>总部已远程清除这台电脑：同步过的客商、联系人、走访、项目线索、推介活动和本机资料库都已删除，登记也已作废。如果这台电脑已经找回并要继续使用，请先联系总部，再重新登记。</source>
        <translation>HQ has remotely wiped this computer: the synced companies, contacts, visits, project leads, promotion events and the local materials library have been deleted, and the enrollment has been revoked. If this computer has been recovered and is to be used again, contact HQ first, then enroll again.</translation>
    </message>
    <message>
        <source>本机数据已被总部清除</source>
        <translation>Local data wiped by HQ</translation>
    </message>
    <message>
        <source>已登记到总部，但未能把本机的走访、线索和活动归入本组：%1</source>
        <translation>Enrolled with HQ, but could not assign this computer&apos;s visits, leads and events to your team: %1</translation>
    </message>
    <message>
        <source>已登记到总部：%1（%2）。正在进行第一次同步…</source>
        <translation>Enrolled with HQ: %1 (%2). Running the first sync…</translation>
    </message>
    <message>
        <source>总部已于 %1 远程清除了这台电脑上同步过的数据，原来的登记已作废。如果这台电脑已经找回并要继续使用，请先联系总部，再重新登记。</source>
        <translation>On %1 HQ remotely wiped the synced data on this computer, and the previous enrollment has been revoked. If this computer has been recovered and is to be used again, contact HQ first, then enroll again.</translation>
    </message>
    <message>
        <source>本机现有 %1 条记录或修改，登记后第一次同步时会上传到总部。</source>
        <translation>This computer has %1 records or changes; they will be uploaded to HQ at the first sync after enrollment.</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>本机新建的走访、项目线索和推介活动归入此组（team:%1）</source>
        <translation>Visits, project leads and promotion events created on this computer belong to this team (team:%1)</translation>
    </message>
    <message>
        <source>（无法读取）</source>
        <translation>(cannot read)</translation>
    </message>
    <message>
        <source>0 条（都已上传）</source>
        <translation>0 (all uploaded)</translation>
    </message>
    <message>
        <source>%1 条</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>从未同步</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>未使用（本机演示服务器，连接不加密）</source>
        <translation>Not used (local demo server, unencrypted connection)</translation>
    </message>
    <message>
        <source>同步：未登记</source>
        <translation>Sync: not enrolled</translation>
    </message>
    <message>
        <source>同步：正在同步…</source>
        <translation>Sync: syncing…</translation>
    </message>
    <message>
        <source>同步：%1 · %2</source>
        <translation>Sync: %1 · %2</translation>
    </message>
    <message>
        <source>待上传 %1 条</source>
        <translation>%1 to upload</translation>
    </message>
    <message>
        <source>已全部上传</source>
        <translation>All uploaded</translation>
    </message>
    <message>
        <source>上次 %1</source>
        <translation>Last %1</translation>
    </message>
    <message>
        <source>尚未同步</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>同步完成：%1。%2</source>
        <translation>Sync complete: %1. %2</translation>
    </message>
    <message>
        <source>用时不到 1 秒。</source>
        <translation>Took less than 1 second.</translation>
    </message>
    <message>
        <source>用时 %1 秒。</source>
        <translation>Took %1 seconds.</translation>
    </message>
    <message>
        <source>上次同步失败（连续 %1 次），%2 左右自动重试（间隔 %3）。</source>
        <translation>Last sync failed (%1 times in a row); retrying automatically around %2 (interval %3).</translation>
    </message>
    <message>
        <source> · 最近一次失败</source>
        <translation> · last attempt failed</translation>
    </message>
    <message>
        <source>暂停下载</source>
        <translation>Pause downloads</translation>
    </message>
    <message>
        <source>暂停下载资料文件。已下载的部分保留，下次同步后从断点继续。</source>
        <translation>Pause downloading material files. What has arrived is kept; downloading resumes from there after the next sync.</translation>
    </message>
    <message numerus="yes">
        <source>资料文件：正在下载，还有 %n 个（已收到 %1 / %2 MB）</source>
        <translation>
            <numerusform>Material files: downloading, %n left (%1 / %2 MB received)</numerusform>
            <numerusform>Material files: downloading, %n left (%1 / %2 MB received)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>资料文件：%n 个下载失败（%1），下次同步时重试</source>
        <translation>
            <numerusform>Material files: %n failed to download (%1); retried at the next sync</numerusform>
            <numerusform>Material files: %n failed to download (%1); retried at the next sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>资料文件：%n 个等待下载，下次同步后继续</source>
        <translation>
            <numerusform>Material files: %n waiting to download; continues after the next sync</numerusform>
            <numerusform>Material files: %n waiting to download; continues after the next sync</numerusform>
        </translation>
    </message>
    <message>
        <source>自动同步已关闭：点“同步”时才会同步（设置 → 同步）。</source>
        <translation>Automatic sync is off: the workspace syncs when you press “Sync” (Settings → Sync).</translation>
    </message>
    <message>
        <source>每 %1 小时</source>
        <translation>every %1 hours</translation>
    </message>
    <message>
        <source>自动同步已开启：%1至少一次，网络恢复时也会同步。</source>
        <translation>Automatic sync is on: %1 at least once, and when the network is back.</translation>
    </message>
    <message>
        <source>自动同步已开启：%1至少一次。</source>
        <translation>Automatic sync is on: %1 at least once.</translation>
    </message>
    <message>
        <source>每天</source>
        <comment>sync interval in a sentence</comment>
        <translation>every day</translation>
    </message>
</context>
<context>
    <name>zs::ui::UndoBar</name>
    <message>
        <source>撤销（Ctrl+Z）</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>已撤销。</source>
        <translation>Undone.</translation>
    </message>
    <message>
        <source>无法撤销：%1</source>
        <translation>Cannot undo: %1</translation>
    </message>
</context>
<context>
    <name>zs::ui::UnlockWidget</name>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>输入工作区口令</source>
        <translation>Workspace passphrase</translation>
    </message>
    <message>
        <source>正在解锁…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>招商外勤 · 工作区已锁定</source>
        <translation>Zhaoshang Field · Workspace Locked</translation>
    </message>
    <message>
        <source>口令(&amp;P)</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>长时间没有操作，工作区已自动锁定。</source>
        <translation>The workspace was locked after a period of inactivity.</translation>
    </message>
    <message>
        <source>请等待 %1 秒后再试。</source>
        <translation>Wait %1 s before trying again.</translation>
    </message>
    <message>
        <source>工作区：%1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation>Restore from Backup…</translation>
    </message>
    <message>
        <source>选择备份</source>
        <translation>Choose a Backup</translation>
    </message>
    <message>
        <source>招商外勤工作区 (*.zsdb)</source>
        <translation>Zhaoshang Field workspace (*.zsdb)</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from Backup</translation>
    </message>
    <message>
        <source>备份的口令：</source>
        <translation>Passphrase of the backup:</translation>
    </message>
    <message>
        <source>已用备份替换损坏的工作区。损坏的文件保留在：
%1</source>
        <translation>The damaged workspace was replaced by the backup. The damaged files are kept at:
%1</translation>
    </message>
</context>
<context>
    <name>zs::ui::VisitDialog</name>
    <message>
        <source>跟进日期</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>新走访</source>
        <translation>New Visit</translation>
    </message>
    <message>
        <source>走访记录（修改会保留历史）</source>
        <translation>Visit (edits keep the history)</translation>
    </message>
    <message>
        <source>输入企业名称的任意部分，或新企业的全称</source>
        <translation>Type any part of a company name, or the full name of a new company</translation>
    </message>
    <message>
        <source>具体地点，如企业总部、展会</source>
        <translation>Exact place, e.g. company HQ or trade fair</translation>
    </message>
    <message>
        <source>（未选）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>名单里没有？写下新联系人的姓名</source>
        <translation>Not listed? Type the new contact&apos;s name</translation>
    </message>
    <message>
        <source>如：陈志远、李晓燕</source>
        <translation>e.g. Chen Zhiyuan, Li Xiaoyan</translation>
    </message>
    <message>
        <source>谈了什么：企业计划、关注的政策、对韶关的印象……</source>
        <translation>What was discussed: company plans, policies of interest, impressions of Shaoguan…</translation>
    </message>
    <message>
        <source>发放的资料，如政策汇编、园区介绍</source>
        <translation>Materials handed out, e.g. policy compilations, park introductions</translation>
    </message>
    <message>
        <source>企业*</source>
        <translation>Company*</translation>
    </message>
    <message>
        <source>时间*</source>
        <translation>Time*</translation>
    </message>
    <message>
        <source>地点*</source>
        <translation>Location*</translation>
    </message>
    <message>
        <source>目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>见到的人</source>
        <translation>People met</translation>
    </message>
    <message>
        <source>走访人员</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>走访记录</source>
        <translation>Visit notes</translation>
    </message>
    <message>
        <source>成果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>投资意向</source>
        <translation>Investment intent</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>发放资料</source>
        <translation>Materials handed out</translation>
    </message>
    <message>
        <source>保存时将新建客商「%1」。</source>
        <translation>Saving will create the new company “%1”.</translation>
    </message>
    <message>
        <source>%1 修改「%2」：%3 → %4</source>
        <translation>%1 changed “%2”: %3 → %4</translation>
    </message>
    <message>
        <source>修改历史</source>
        <translation>History</translation>
    </message>
    <message>
        <source>、</source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>保存时将新建客商「%1」。名录里已有名称相近的「%2」，如果是同一家，请从列表中选择它。</source>
        <translation>Saving will create the company “%1”. The directory already has “%2”, with a similar name: if it is the same company, choose it from the list.</translation>
    </message>
</context>
<context>
    <name>zs::ui::WatchPage</name>
    <message>
        <source>协议编号</source>
        <translation>Agreement no.</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>县（市、区）</source>
        <translation>County</translation>
    </message>
    <message>
        <source>退出情形</source>
        <translation>Exit condition</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>起始日期</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>触发</source>
        <translation>Triggered</translation>
    </message>
    <message>
        <source>临近</source>
        <translation>Approaching</translation>
    </message>
    <message>
        <source>已处置</source>
        <translation>Handled</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>全部情形</source>
        <translation>All conditions</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>履约监测</source>
        <translation>Agreement watch</translation>
    </message>
    <message>
        <source>截至</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>全部县（市、区）</source>
        <translation>All counties</translation>
    </message>
    <message>
        <source>本机还没有投资协议。县区跟踪服务专员登记的协议、本组签约项目的协议同步后会出现在这里。</source>
        <translation>No investment agreements on this laptop yet. Those the county specialists record, and those of projects your team signed, appear here after a sync.</translation>
    </message>
    <message>
        <source>共 %1 份协议：触发 %2 项，临近 %3 项，已处置 %4 项。</source>
        <translation>%1 agreements: %2 triggered, %3 approaching, %4 handled.</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 份协议缺少近期履约进展（资料缺失不算正常）。</source>
        <translation> %1 agreements lack recent progress reports (missing figures are not OK).</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>签约日期</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>约定开工</source>
        <translation>Start due</translation>
    </message>
    <message>
        <source>协议数</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>履约率</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>开工率</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>资金到位率</source>
        <translation>Investment in place</translation>
    </message>
    <message>
        <source>建成投产率</source>
        <translation>Producing</translation>
    </message>
    <message>
        <source>三未清单</source>
        <translation>Not yet started, built, producing</translation>
    </message>
    <message>
        <source>县区指标</source>
        <translation>By county</translation>
    </message>
    <message>
        <source>三未清单（%1）</source>
        <translation>Not yet started, built, producing (%1)</translation>
    </message>
    <message>
        <source>全市</source>
        <translation>City</translation>
    </message>
    <message>
        <source>没有触发退出情形的协议 %1 份 ÷ 协议 %2 份</source>
        <translation>%1 agreements with no condition triggered ÷ %2 agreements</translation>
    </message>
    <message>
        <source>已开工 %1 份 ÷ 已到约定开工日期 %2 份</source>
        <translation>%1 started ÷ %2 past their start date</translation>
    </message>
    <message>
        <source>报告的累计投资 %1 万元 ÷ 协议总投资 %2 万元</source>
        <translation>Investment reported 10k CNY %1 ÷ agreed 10k CNY %2</translation>
    </message>
    <message>
        <source>已投产 %1 份 ÷ 已到约定投产日期 %2 份</source>
        <translation>%1 producing ÷ %2 past their production date</translation>
    </message>
    <message>
        <source>需要关注</source>
        <translation>Needing attention</translation>
    </message>
    <message>
        <source>需要关注：触发、临近和已处置的退出情形</source>
        <translation>Needing attention: triggered, approaching and handled exit conditions</translation>
    </message>
    <message>
        <source>全部园区</source>
        <translation>All parks</translation>
    </message>
    <message>
        <source>全部签约组</source>
        <translation>All signing teams</translation>
    </message>
    <message>
        <source>全部专员</source>
        <translation>All specialists</translation>
    </message>
</context>
<context>
    <name>zs::ui::WorkspaceView</name>
    <message>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>客商</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>客商名录</source>
        <translation>Company Directory</translation>
    </message>
    <message>
        <source>走访</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>走访记录</source>
        <translation>Visit Log</translation>
    </message>
    <message>
        <source>项目线索</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>推介活动</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>资料与宣传册</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>搜索（Ctrl+F）</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <source>跟踪服务专员</source>
        <translation>Follow-up specialists</translation>
    </message>
    <message>
        <source>这条记录已被合并或删除。</source>
        <translation>This record has been merged or deleted.</translation>
    </message>
    <message>
        <source>投资协议</source>
        <translation>Investment agreements</translation>
    </message>
    <message>
        <source>履约监测</source>
        <translation>Agreement watch</translation>
    </message>
    <message>
        <source>履约监测：自上次打开以来，新触发 %1 项，新临近 %2 项。按 Ctrl+9 查看。</source>
        <translation>Agreement watch: since you last opened it, %1 newly triggered, %2 newly approaching. Press Ctrl+9 to see them.</translation>
    </message>
    <message>
        <source>项目服务</source>
        <translation>Project service</translation>
    </message>
    <message>
        <source>用地厂房</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>用地厂房清单</source>
        <translation>Site inventory</translation>
    </message>
    <message>
        <source>选址匹配</source>
        <translation>Site matching</translation>
    </message>
    <message>
        <source>产业链图谱</source>
        <translation>Chain map</translation>
    </message>
</context>
</TS>
