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
        <source>backup：备份文件的位置。</source>
        <translation>backup：备份文件的位置。</translation>
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
        <source>招商外勤命令行工具。

命令：
  init        创建加密工作区
  verify      检查工作区完整性
  stats       以 JSON 输出工作区统计
  passwd      修改口令
  backup      备份工作区（加密）
  rotate-key  轮换数据库密钥

口令来源：--passphrase-file、环境变量 ZHAOSHANG_PASSPHRASE，或终端提示输入。</source>
        <translation>招商外勤命令行工具。

命令：
  init        创建加密工作区
  verify      检查工作区完整性
  stats       以 JSON 输出工作区统计
  passwd      修改口令
  backup      备份工作区（加密）
  rotate-key  轮换数据库密钥

口令来源：--passphrase-file、环境变量 ZHAOSHANG_PASSPHRASE，或终端提示输入。</translation>
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
    <name>Migrator</name>
    <message>
        <source>这个工作区由更新版本的招商外勤创建（数据版本 %1，本程序支持到 %2）。请先升级程序，数据没有改变。</source>
        <translation>这个工作区由更新版本的招商外勤创建（数据版本 %1，本程序支持到 %2）。请先升级程序，数据没有改变。</translation>
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
        <source>工作区</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>创建于</source>
        <translation>创建于</translation>
    </message>
    <message>
        <source>yyyy年M月d日 HH:mm</source>
        <translation>yyyy年M月d日 HH:mm</translation>
    </message>
    <message>
        <source>加密</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>SQLCipher %1 · AES-256 · 密钥由 Argon2id 保护</source>
        <translation>SQLCipher %1 · AES-256 · 密钥由 Argon2id 保护</translation>
    </message>
    <message>
        <source>数据版本</source>
        <translation>数据版本</translation>
    </message>
    <message>
        <source>本机标识</source>
        <translation>本机标识</translation>
    </message>
    <message>
        <source>还没有待办事项。记下第一次走访后，今天和逾期的跟进事项会显示在这里。
快捷键：Ctrl+1…7 切换栏目，Ctrl+L 锁定工作区。</source>
        <translation>还没有待办事项。记下第一次走访后，今天和逾期的跟进事项会显示在这里。
快捷键：Ctrl+1…7 切换栏目，Ctrl+L 锁定工作区。</translation>
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
        <source>全市共享的企业与投资方名录将显示在这里：统一社会信用代码、所属产业链、乡贤企业标记和联系人。</source>
        <translation>全市共享的企业与投资方名录将显示在这里：统一社会信用代码、所属产业链、乡贤企业标记和联系人。</translation>
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
        <source>在广州、深圳、东莞的每一次走访都记在这里：见了谁、谈了什么、下一步何时跟进。</source>
        <translation>在广州、深圳、东莞的每一次走访都记在这里：见了谁、谈了什么、下一步何时跟进。</translation>
    </message>
    <message>
        <source>项目线索</source>
        <translation>项目线索</translation>
    </message>
    <message>
        <source>从线索、接洽、考察、在谈到签约、落地、开工、投产、达产，每个项目的进展都在这里跟踪。</source>
        <translation>从线索、接洽、考察、在谈到签约、落地、开工、投产、达产，每个项目的进展都在这里跟踪。</translation>
    </message>
    <message>
        <source>推介活动</source>
        <translation>推介活动</translation>
    </message>
    <message>
        <source>推介会、经贸活动和校园招聘：参会企业、使用的资料和带来的线索。</source>
        <translation>推介会、经贸活动和校园招聘：参会企业、使用的资料和带来的线索。</translation>
    </message>
    <message>
        <source>资料与宣传册</source>
        <translation>资料与宣传册</translation>
    </message>
    <message>
        <source>政策文件、园区介绍和宣传册加密保存在工作区里，离线也能查看和打印。</source>
        <translation>政策文件、园区介绍和宣传册加密保存在工作区里，离线也能查看和打印。</translation>
    </message>
    <message>
        <source>同步</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>与总部同步</source>
        <translation>与总部同步</translation>
    </message>
    <message>
        <source>联网后与市招商总部同步，全市各组的工作汇成一盘棋。</source>
        <translation>联网后与市招商总部同步，全市各组的工作汇成一盘棋。</translation>
    </message>
</context>
</TS>