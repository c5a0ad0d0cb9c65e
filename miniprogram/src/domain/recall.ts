/**
 * How recalls are named to people. The classes follow 食品召回管理办法: 一级 the most serious.
 * Plain string unions (the schema's enums) so the scan page, the consumer's and the regulator's
 * pages share these without importing each other's generated operations.
 */
export type RecallClassName = 'CLASS_I' | 'CLASS_II' | 'CLASS_III';
export type RecallRelationName = 'ROOT' | 'DOWNSTREAM' | 'INGREDIENT';
export type RecallOriginName = 'SAMPLING' | 'VOLUNTARY';

export const RECALL_CLASS_LABEL: Record<RecallClassName, string> = {
  CLASS_I: '一级召回',
  CLASS_II: '二级召回',
  CLASS_III: '三级召回',
};

/** One line a shopper or a new inspector understands, most serious first. */
export const RECALL_CLASS_HINT: Record<RecallClassName, string> = {
  CLASS_I: '吃了可能严重伤害身体，甚至危及生命',
  CLASS_II: '吃了可能伤害身体',
  CLASS_III: '一般不会伤害身体，但按规定不能再卖',
};

export const RECALL_RELATION_LABEL: Record<RecallRelationName, string> = {
  ROOT: '问题批次',
  DOWNSTREAM: '用它加工的批次',
  INGREDIENT: '它用的原料批次',
};

export const RECALL_ORIGIN_LABEL: Record<RecallOriginName, string> = {
  SAMPLING: '官方抽检不合格',
  VOLUNTARY: '生产商家主动召回',
};

/** "已确认 2/3 家，已下架 120 件" */
export function recallProgressLine(progress: { holders: number; acknowledged: number; quantityRemoved: number }): string {
  return `已确认 ${progress.acknowledged}/${progress.holders} 家，已下架 ${progress.quantityRemoved} 件`;
}
