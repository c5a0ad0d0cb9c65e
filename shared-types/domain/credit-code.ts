/**
 * 统一社会信用代码 (unified social credit code) under GB 32100-2015. A complaint names the business
 * it is about by this code, so a mistyped one must be caught at the form, before a regulator
 * spends a working day looking for a business that does not exist.
 *
 * Layout: 1 登记管理部门代码 · 2 机构类别代码 · 3–8 登记管理机关行政区划码 · 9–17 主体标识码
 * (组织机构代码) · 18 校验码.
 */

/** The 31 characters a code may use: no I, O, Z, S or V, which read like 1, 0, 2, 5 and U. */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const LENGTH = 18;

/**
 * 登记管理部门 and the 机构类别 each may register, as the national code centre publishes them
 * (GB 32100-2015 plus the later A 军队 and N 农业 entries).
 */
const AUTHORITIES: Record<string, { name: string; categories: Record<string, string> }> = {
  '1': { name: '机构编制', categories: { '1': '机关', '2': '事业单位', '3': '中央编办直接管理机构编制的群众团体', '9': '其他' } },
  '2': { name: '外交', categories: { '1': '外国常驻新闻机构', '9': '其他' } },
  '3': {
    name: '司法行政',
    categories: { '1': '律师执业机构', '2': '公证处', '3': '基层法律服务所', '4': '司法鉴定机构', '5': '仲裁委员会', '9': '其他' },
  },
  '4': { name: '文化', categories: { '1': '外国在华文化中心', '9': '其他' } },
  '5': { name: '民政', categories: { '1': '社会团体', '2': '民办非企业单位', '3': '基金会', '9': '其他' } },
  '6': {
    name: '旅游',
    categories: { '1': '外国旅游部门常驻代表机构', '2': '港澳台地区旅游部门常驻内地（大陆）代表机构', '9': '其他' },
  },
  '7': { name: '宗教', categories: { '1': '宗教活动场所', '2': '宗教院校', '9': '其他' } },
  '8': { name: '工会', categories: { '1': '基层工会', '9': '其他' } },
  '9': { name: '工商', categories: { '1': '企业', '2': '个体工商家', '3': '农民专业合作社' } },
  A: { name: '中央军委改革和编制办公室', categories: { '1': '军队事业单位', '9': '其他' } },
  N: { name: '农业', categories: { '1': '组级集体经济组织', '2': '村级集体经济组织', '3': '乡镇级集体经济组织', '9': '其他' } },
  Y: { name: '其他', categories: { '1': '其他' } },
};

/**
 * First two digits of a GB/T 2260 division: the provinces, plus 10 for bodies registered at
 * national level (central 事业单位 carry 100000).
 */
const PROVINCE_PREFIXES = new Set([
  '10',
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
]);

export type CreditCodeProblem = 'CREDIT_CODE_LENGTH' | 'CREDIT_CODE_CHARSET' | 'CREDIT_CODE_STRUCTURE' | 'CREDIT_CODE_CHECK';

export type CreditCodeResult =
  | {
      ok: true;
      /** Upper-case, half-width, trimmed: the form to store and compare. */
      code: string;
      registrationAuthority: string;
      category: string;
      divisionCode: string;
    }
  | { ok: false; errorCode: CreditCodeProblem; message: string };

function refuse(errorCode: CreditCodeProblem, message: string): CreditCodeResult {
  return { ok: false, errorCode, message };
}

/** The 校验码 for the first 17 characters (assumed to be in the charset). */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) sum += CHARSET.indexOf(first17[i]) * WEIGHTS[i];
  return CHARSET[(31 - (sum % 31)) % 31];
}

/**
 * Checks a code as a person typed it. Full-width characters (from a Chinese IME) and lower case
 * are accepted and normalized, since the code itself is case-free.
 */
export function checkCreditCode(input: string): CreditCodeResult {
  const code = input.normalize('NFKC').trim().toUpperCase();
  if (code.length !== LENGTH) {
    return refuse('CREDIT_CODE_LENGTH', `统一社会信用代码应为 18 位，您输入了 ${code.length} 位`);
  }
  for (let i = 0; i < LENGTH; i++) {
    if (!CHARSET.includes(code[i])) {
      return refuse('CREDIT_CODE_CHARSET', `统一社会信用代码只由数字和大写字母组成（不用 I、O、Z、S、V），第 ${i + 1} 位“${code[i]}”不对`);
    }
  }

  const authority = AUTHORITIES[code[0]];
  if (!authority) return refuse('CREDIT_CODE_STRUCTURE', `第 1 位登记管理部门代码“${code[0]}”不存在`);
  const category = authority.categories[code[1]];
  if (!category) {
    return refuse('CREDIT_CODE_STRUCTURE', `第 2 位机构类别代码“${code[1]}”不是${authority.name}部门登记的机构类别`);
  }
  const divisionCode = code.slice(2, 8);
  if (!/^\d{6}$/.test(divisionCode) || !PROVINCE_PREFIXES.has(divisionCode.slice(0, 2))) {
    return refuse('CREDIT_CODE_STRUCTURE', `第 3–8 位应为登记机关的行政区划代码，“${divisionCode}”不是`);
  }

  if (creditCodeCheckChar(code) !== code[17]) {
    return refuse('CREDIT_CODE_CHECK', '统一社会信用代码校验位不符，请对照营业执照逐位核对');
  }
  return { ok: true, code, registrationAuthority: authority.name, category, divisionCode };
}

/** Upper case, half-width, no spaces: "91 330… " from a Chinese keyboard becomes "91330…". */
export function normalizeCreditCode(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

const LOOKALIKES: Record<string, string> = { I: '1', O: '0', Z: '2', S: '5', V: 'U' };

/** What is wrong with the code as typed so far, or null when it looks right (the check character is the BFF's to verify). */
export function creditCodeHint(text: string): string | null {
  const code = normalizeCreditCode(text);
  if (!code) return null;
  const bad = [...code].find((c) => !CHARSET.includes(c));
  if (bad !== undefined) {
    return LOOKALIKES[bad] ? `代码里没有字母 ${bad}，请看看是不是数字 ${LOOKALIKES[bad]}` : `代码只有数字和大写字母，“${bad}”不对`;
  }
  if (code.length < LENGTH) return `还差 ${LENGTH - code.length} 位（一共 18 位）`;
  if (code.length > LENGTH) return `多了 ${code.length - LENGTH} 位（一共 18 位）`;
  return null;
}

/** Looks like a whole code: worth searching by code rather than by name. */
export function looksLikeCreditCode(text: string): boolean {
  const code = normalizeCreditCode(text);
  return code.length === LENGTH && [...code].every((c) => CHARSET.includes(c));
}
