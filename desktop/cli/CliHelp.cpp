#include "desktop/cli/CliHelp.h"

#include <QCoreApplication>

namespace zs::cli {

QString description()
{
    return QCoreApplication::translate(
        "Cli",
        "招商外勤命令行工具。\n\n命令：\n"
        "  init        创建加密工作区\n"
        "  verify      检查工作区完整性\n"
        "  stats       以 JSON 输出工作区统计\n"
        "  passwd      修改口令\n"
        "  backup      备份工作区（加密）\n"
        "  rotate-key  轮换数据库密钥\n"
        "  demo        生成演示数据（--visits N；--kind specialists 生成跟踪服务专员名单，--kind duplicates "
        "生成重复客商并合并一对，--kind map 把区位示意图放进资料库，--kind agreements 生成始兴县的投资协议，--kind "
        "sites 生成全市用地厂房清单，--kind site-requirements 为项目线索登记选址需求，--kind chain-example "
        "生成产业链图谱示例）\n"
        "  search      全文搜索（search 查询词）\n"
        "  import      从 CSV 导入（--kind companies|contacts|visits --file F [--dry-run]）\n"
        "  export      导出列表为 CSV 或 .xlsx（--kind … --out F.csv|F.xlsx）\n"
        "  get         以 JSON 输出一条记录及其明细（--kind leads --id ID）\n"
        "  log-visit   记录一次走访（--file visit.json，可含新企业、新联系人和发放的资料）\n"
        "  move-stage  推进或退回项目线索的阶段（--id ID --stage CODE [--reason TEXT]）\n"
        "  merge       合并重复记录（--kind companies --into 保留的ID --from 重复的ID；--undo MERGE_ID 撤销）\n"
        "  delete      删除记录（--kind … --id ID，可多个 --id）；restore 恢复删除的记录\n"
        "  brochure    为企业生成政策宣传册 PDF（--company ID --sections land,tax [--cover 图片] --out F.pdf）\n"
        "  material-import  把 PDF 或图片导入加密资料库（--file F [--title T --kind policy --publisher P]）\n"
        "  enroll      登记到总部（--server URL --user NAME [--ca FILE]，密码从标准输入读取）\n"
        "  sync        与总部同步一次，输出 JSON 摘要\n"
        "  sync-status 同步状态、冲突和被拒绝的修改（JSON）\n"
        "  watch       投资协议履约监测（--as-of 日期 --format json|csv），每份协议每种退出情形一条\n"
        "  notice      生成催告函 PDF（--agreement 协议编号 --condition N --out F.pdf [--record 登记为处置措施]）\n"
        "  service     项目跟踪服务：服务节点、企业诉求和服务日志（JSON；--agreement 协议编号 [--as-of 日期]\n"
        "              [--template industrial 按模板生成还没有的服务节点]）\n"
        "  match       为项目线索的选址需求匹配用地厂房（--lead 项目 [--top 3] [--all] --format json），附理由；\n"
        "              --out F.pdf 生成推荐载体清单 [--record 存入资料库并记为发给企业]\n"
        "  chains      产业链图谱（JSON）：各环节已覆盖、薄弱或空白，附本地企业、落地项目和在谈线索\n"
        "  reserve     为项目预留用地厂房（--site 名称 --lead 项目 [--release 取消]），同步时由总部确认，先到者持有\n\n"
        "口令来源：--passphrase-file、环境变量 ZHAOSHANG_PASSPHRASE，或终端提示输入。");
}

} // namespace zs::cli
