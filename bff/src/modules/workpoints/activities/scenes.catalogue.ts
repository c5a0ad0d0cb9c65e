import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../../core/context';
import { Scene, type WorkpointsModule } from './activities.entity';

/** 工分宝's four modules and twelve scenes, as the seeds name them (and three more to make twelve). */
const SCENES: Array<{ code: string; module: WorkpointsModule; name: string; description: string }> = [
  { code: 'environment', module: 'ECOLOGY', name: '环境保护', description: '清理卫生死角、护林防火、秸秆禁烧' },
  { code: 'five-waters', module: 'ECOLOGY', name: '五水共治', description: '河道巡查、护河保洁、节水护水' },
  { code: 'garbage-sorting', module: 'ECOLOGY', name: '垃圾分类', description: '入户分类、定时定点投放、分类宣传' },
  { code: 'clean-village', module: 'GOVERNANCE', name: '清廉村社', description: '村务监督、清廉家风、阳光议事' },
  { code: 'safe-village', module: 'GOVERNANCE', name: '平安乡村', description: '夜间巡逻、矛盾调解、反诈宣传' },
  { code: 'village-council', module: 'GOVERNANCE', name: '民主议事', description: '参加村民代表会议、议事协商' },
  { code: 'party-leading', module: 'PARTY_CULTURE', name: '党建引领', description: '主题党日、党员先锋岗、结对帮扶' },
  { code: 'volunteering', module: 'PARTY_CULTURE', name: '志愿服务', description: '助老助残、文明劝导、应急服务' },
  { code: 'civility', module: 'PARTY_CULTURE', name: '移风易俗', description: '红白事简办、孝老爱亲、文明乡风' },
  { code: 'beautiful-village', module: 'BEAUTIFUL_HOME', name: '美丽乡村', description: '村庄绿化、公共空间整治' },
  { code: 'beautiful-town', module: 'BEAUTIFUL_HOME', name: '美丽城镇', description: '集镇环境整治、文明创建' },
  { code: 'beautiful-courtyard', module: 'BEAUTIFUL_HOME', name: '美丽庭院', description: '庭院整洁、菜园认领、美丽家庭评选' },
];

/** The points an activity offers unless the village or its cadre says otherwise. */
const DEFAULT_POINTS = 10;

/** Adds the scenes a store lacks; the ones it has are kept as they are. */
export async function ensureSceneCatalogue(manager: EntityManager): Promise<void> {
  const existing = new Set((await manager.find(Scene, { select: { code: true } })).map((s) => s.code));
  const missing = SCENES.map((s, i) => ({ ...s, sortOrder: i + 1, enabled: true, defaultPoints: DEFAULT_POINTS })).filter(
    (s) => !existing.has(s.code),
  );
  if (missing.length) await manager.insert(Scene, missing);
}

/** The reference seed: every installation has the catalogue. */
export function seedSceneCatalogue(ctx: RequestContext): Promise<void> {
  return ctx.transaction('village', (m) => ensureSceneCatalogue(m));
}
