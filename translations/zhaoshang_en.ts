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
        <source>backup：备份文件的位置。</source>
        <translation>backup: where to write the backup.</translation>
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
        <source>招商外勤命令行工具。

命令：
  init        创建加密工作区
  verify      检查工作区完整性
  stats       以 JSON 输出工作区统计
  passwd      修改口令
  backup      备份工作区（加密）
  rotate-key  轮换数据库密钥

口令来源：--passphrase-file、环境变量 ZHAOSHANG_PASSPHRASE，或终端提示输入。</source>
        <translation>Zhaoshang Field command-line tool.

Commands:
  init        create an encrypted workspace
  verify      check the workspace&apos;s integrity
  stats       print workspace statistics as JSON
  passwd      change the passphrase
  backup      back up the workspace (encrypted)
  rotate-key  rotate the database key

Passphrase from: --passphrase-file, the ZHAOSHANG_PASSPHRASE environment variable, or a prompt on the terminal.</translation>
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
    <name>Migrator</name>
    <message>
        <source>这个工作区由更新版本的招商外勤创建（数据版本 %1，本程序支持到 %2）。请先升级程序，数据没有改变。</source>
        <translation>This workspace was made by a newer Zhaoshang Field (data version %1; this program supports up to %2). Upgrade the program first; no data was changed.</translation>
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
        <source>工作区</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>创建于</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>yyyy年M月d日 HH:mm</source>
        <translation>d MMMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>加密</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>SQLCipher %1 · AES-256 · 密钥由 Argon2id 保护</source>
        <translation>SQLCipher %1 · AES-256 · key protected by Argon2id</translation>
    </message>
    <message>
        <source>数据版本</source>
        <translation>Data version</translation>
    </message>
    <message>
        <source>本机标识</source>
        <translation>Device ID</translation>
    </message>
    <message>
        <source>还没有待办事项。记下第一次走访后，今天和逾期的跟进事项会显示在这里。
快捷键：Ctrl+1…7 切换栏目，Ctrl+L 锁定工作区。</source>
        <translation>Nothing to do yet. Once you log your first visit, today&apos;s and overdue follow-ups appear here.
Shortcuts: Ctrl+1…7 switch areas, Ctrl+L locks the workspace.</translation>
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
        <source>全市共享的企业与投资方名录将显示在这里：统一社会信用代码、所属产业链、乡贤企业标记和联系人。</source>
        <translation>The city-wide directory of companies and investors will appear here: unified social credit codes, industrial chains, hometown-merchant flags and contacts.</translation>
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
        <source>在广州、深圳、东莞的每一次走访都记在这里：见了谁、谈了什么、下一步何时跟进。</source>
        <translation>Every visit in Guangzhou, Shenzhen and Dongguan is logged here: whom you met, what was discussed, when to follow up.</translation>
    </message>
    <message>
        <source>项目线索</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>从线索、接洽、考察、在谈到签约、落地、开工、投产、达产，每个项目的进展都在这里跟踪。</source>
        <translation>Every project is followed here from lead, contact, site visit and negotiation to signing, landing, construction, production and full output.</translation>
    </message>
    <message>
        <source>推介活动</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>推介会、经贸活动和校园招聘：参会企业、使用的资料和带来的线索。</source>
        <translation>Promotion events, trade events and campus recruiting: attending companies, materials used and the leads they brought.</translation>
    </message>
    <message>
        <source>资料与宣传册</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>政策文件、园区介绍和宣传册加密保存在工作区里，离线也能查看和打印。</source>
        <translation>Policy documents, park introductions and brochures are stored encrypted in the workspace and can be viewed and printed offline.</translation>
    </message>
    <message>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>与总部同步</source>
        <translation>Sync with HQ</translation>
    </message>
    <message>
        <source>联网后与市招商总部同步，全市各组的工作汇成一盘棋。</source>
        <translation>When connected, sync with the city&apos;s investment HQ so every team&apos;s work forms one city-wide picture.</translation>
    </message>
</context>
</TS>
