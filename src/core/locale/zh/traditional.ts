/**
 * Traditional characters and their simplified forms, for reading labels only (docs/domain.md#tables, “Traditional characters”): a table
 * published in traditional characters — a mirror site's copy of a mainland form (績效自評表), or a 臺灣 / 香港 table
 * (衡量指標 | 年度目標值) — names its columns and levels with the words the reader knows. Cells keep what they say;
 * only the keys the vocabulary is matched against are folded, and a unit right after its number (2個 is 2个:
 * notation/text.ts unitsAfterNumbers). Left out: characters that are also simplified words of
 * their own (著 in 显著, 乾 in 乾坤, 余 / 馀), so no simplified label changes.
 */

/** Pairs of traditional → simplified, two characters each. */
const PAIRS =
  "萬万與与專专個个為为爲为義义鄉乡書书產产産产億亿價价優优會会體体餘余關关農农決决況况準准劃划則则辦办務务動动區区" +
  "單单參参發发號号後后員员響响國国場场復复複复處处備备審审實实對对層层屬属幣币應应廣广開开當当錄录態态總总戶户執执" +
  "報报擬拟撥拨據据擴扩換换損损時时權权條条來来構构標标極极濟济滿满燈灯狀状環环現现電电監监蓋盖碼码確确稱称簡简類类" +
  "係系繫系級级終终經经結结績绩續续綜综編编職职聯联營营補补規规計计論论設设證证評评話话說说請请調调負负財财責责質质" +
  "費费資资蹤踪轉转較较達达過过運运進进選选門门問问間间際际險险項项預预題题額额長长鎮镇釋释數数縣县內内圖图團团滾滚" +
  "滯滞節节統统細细種种積积圍围範范銷销購购買买賣卖網网維维護护線线綫线裝装傳传觀观導导廳厅東东亞亚園园廠厂業业議议" +
  "訊讯記记讓让認认識识試试訴诉該该誤误課课謂谓談谈賃赁輸输輔辅錢钱鐵铁銀银錯错鍵键階阶隨随難难領领頻频館馆駐驻驗验" +
  "齊齐齡龄養养興兴衛卫歷历曆历壓压雙双變变葉叶聽听啟启啓启師师帶带幫帮幹干並并併并莊庄庫库廢废張张強强歸归徹彻戰战" +
  "掃扫擔担擁拥擇择揮挥攜携無无舊旧顯显術术機机雜杂楊杨檔档檢检樓楼樣样歡欢畢毕氣气匯汇彙汇漢汉溝沟沒没澤泽潔洁淺浅" +
  "測测潤润漁渔灣湾災灾爐炉點点熱热愛爱獄狱獻献畫画療疗盤盘礦矿礎础禮礼離离穩稳窮穷筆笔築筑簽签籤签紀纪約约納纳紙纸" +
  "組组織织給给絕绝絡络繼继綠绿繳缴罰罚肅肃腦脑藝艺藥药獲获穫获慮虑見见視视覽览覺觉訂订訓训講讲診诊詢询詳详語语謀谋" +
  "貢贡敗败貨货貫贯貼贴賠赔賽赛趨趋車车軌轨輪轮軟软載载輛辆邊边遷迁還还這这遠远違违連连遲迟適适遞递郵邮鄰邻針针鋪铺" +
  "鏈链鎖锁閉闭閒闲聞闻閱阅隊队陽阳陰阴陸陆陳陈隱隐隸隶霧雾順顺須须顧顾風风飲饮飯饭駕驾魚鱼雞鸡龍龙豐丰臨临麗丽舉举" +
  "樂乐習习爭争親亲僅仅從从倉仓眾众衆众傷伤偉伟偵侦側侧儉俭債债儲储兒儿黨党蘭兰衝冲淨净憑凭擊击創创刪删劉刘劑剂劇剧" +
  "勸劝勞劳勢势華华協协盧卢卻却厲厉敘叙諮咨圓圆聖圣塊块堅坚壇坛壩坝墾垦牆墙壯壮聲声夠够頭头奪夺奮奋婦妇孫孙學学寧宁" +
  "寶宝憲宪寬宽賓宾尋寻將将爾尔盡尽儘尽屆届歲岁島岛嶺岭帳帐慶庆異异棄弃彌弥徑径懷怀懇恳惡恶懸悬驚惊懼惧懲惩願愿戲戏" +
  "撲扑揚扬擾扰撫抚搶抢揀拣掛挂擋挡擠挤攝摄擺摆斷断曠旷暫暂樸朴傑杰櫃柜欄栏樹树橋桥橫横歐欧殘残毀毁湯汤滬沪濃浓塗涂" +
  "漸渐滲渗濕湿濫滥濱滨滅灭靈灵煙烟燒烧煥焕獨独豬猪暢畅鹽盐矯矫碩硕礙碍禍祸競竞糧粮緊紧糾纠紅红純纯綱纲縱纵紡纺練练" +
  "紹绍繞绕繪绘緩缓緣缘縮缩羅罗罷罢聰聪膚肤勝胜膽胆脈脉臟脏髒脏輿舆艦舰艱艰蘆芦蘇苏薦荐榮荣萊莱蕭萧藍蓝虛虚蟲虫雖虽" +
  "銜衔襲袭觸触譽誉討讨許许訪访詐诈詞词譯译詩诗誠诚誕诞諸诸讀读誰谁諒谅謝谢謹谨譜谱貝贝販贩貧贫貴贵貸贷貿贸賀贺賦赋" +
  "賞赏賴赖贊赞贈赠趙赵趕赶躍跃踐践輕轻輩辈轄辖辭辞遼辽邁迈跡迹遜逊遺遗鄧邓鄭郑醬酱鑒鉴鑑鉴鋼钢銅铜鋒锋銳锐鍛锻閃闪" +
  "闖闯閘闸閥阀闊阔陣阵陝陕韋韦韓韩頁页頂顶頓顿頒颁頸颈顏颜飛飞飾饰飽饱飼饲馬马驅驱駛驶驟骤鮮鲜鳥鸟麥麦黃黄齒齿臺台" +
  "颱台檯台週周於于裡里裏里衛卫鐘钟鍾钟麵面髮发範范們们麼么樣样啟启隻只彙汇幾几義义稅税優优廳厅務务慣惯調调準准" +
  "績绩據据屬属獎奖勵励補补貼贴醫医藥药療疗險险災灾損损濟济漲涨銷销償偿權权緝缉檢检驗验監监瀏浏覽览" +
  // Units only traditional text writes so (噸, 畝, 冊): folded after a number (notation/text.ts unitsAfterNumbers).
  "噸吨畝亩冊册";

/** Each traditional character's simplified form (a later pair never overrides an earlier one). */
const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const chars = [...PAIRS];
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const [from, to] = [chars[i], chars[i + 1]];
    if (from !== to && !map.has(from)) map.set(from, to);
  }
  return map;
})();

const TRADITIONAL = new RegExp(`[${[...TRADITIONAL_TO_SIMPLIFIED.keys()].join("")}]`, "gu");

/** The text with its traditional characters in their simplified forms (a text without any is returned as it is). */
export function foldTraditional(text: string): string {
  TRADITIONAL.lastIndex = 0;
  if (!TRADITIONAL.test(text)) return text;
  return text.replace(TRADITIONAL, (ch) => TRADITIONAL_TO_SIMPLIFIED.get(ch) ?? ch);
}

/**
 * A year of the 民國 calendar (臺灣: 民國 N 年 = 1911 + N, `103年` = 2014) written where a year is read — a title, a
 * year line, a target column's label — given in the western reckoning, so the usual year forms read it. Only where
 * the text says it is 民國 or is written in traditional characters (a mainland `103年` is no year), only a number of
 * two or three digits right before 年 (`3年`, `2014年` unchanged) and only when it falls in 1990–2100 (`10年` is not
 * 1921): the rest of the text is left as it is.
 */
export function westernYears(text: string): string {
  if (!MINGUO.test(text) && !inTraditional(text)) return text;
  return text.replace(MINGUO_YEAR, (all, n: string) => {
    const year = 1911 + Number(n);
    return year >= 1990 && year <= 2100 ? `${year}年` : all;
  });
}

const MINGUO = /民[國国]/;
/**
 * Written in traditional characters: one that simplified text writes too does not say so (於: 於潜镇, the surname 於;
 * `於潜镇100年老街修缮项目` was dated 2011, review54).
 */
const inTraditional = (text: string): boolean => {
  const rest = text.replace(ALSO_SIMPLIFIED, "");
  return foldTraditional(rest) !== rest;
};
const ALSO_SIMPLIFIED = /於/g;
const MINGUO_YEAR = /(?:民[國国]\s*)?(?<![\d.．])(\d{2,3})\s*年/g;
