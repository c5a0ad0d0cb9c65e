import { In, type EntityManager } from 'typeorm';
import { Scene, VillageScene, type WorkpointsModule } from './activities.entity';

/** The parts of a scene a village may make its own. */
export interface SceneChoices {
  name: string;
  description: string;
  enabled: boolean;
  defaultPoints: number;
}

/** A scene as one village sees it: the county's catalogue entry under the village's own changes. */
export interface VillageSceneView extends SceneChoices {
  id: number;
  code: string;
  module: WorkpointsModule;
  sortOrder: number;
  /** The village has changed something of the county's. */
  customised: boolean;
}

const CHOICES = ['name', 'description', 'enabled', 'defaultPoints'] as const;

export function asSeenBy(scene: Scene, own: VillageScene | null | undefined): VillageSceneView {
  return {
    id: scene.id,
    code: scene.code,
    module: scene.module,
    sortOrder: scene.sortOrder,
    name: own?.name ?? scene.name,
    description: own?.description ?? scene.description,
    enabled: own?.enabled ?? scene.enabled,
    defaultPoints: own?.defaultPoints ?? scene.defaultPoints,
    customised: Boolean(own),
  };
}

/** Several villages' views of several scenes at once (for a loader). */
export async function villageSceneViews(
  m: EntityManager,
  wanted: ReadonlyArray<{ villageId: number; sceneId: number }>,
): Promise<Map<string, VillageSceneView>> {
  if (wanted.length === 0) return new Map();
  const sceneIds = [...new Set(wanted.map((w) => w.sceneId))];
  const villageIds = [...new Set(wanted.map((w) => w.villageId))];
  const [scenes, own] = await Promise.all([
    m.findBy(Scene, { id: In(sceneIds) }),
    m.findBy(VillageScene, { villageId: In(villageIds), sceneId: In(sceneIds) }),
  ]);
  const byScene = new Map(scenes.map((s) => [s.id, s]));
  const ownBy = new Map(own.map((o) => [sceneKey(o), o]));
  const views = new Map<string, VillageSceneView>();
  for (const w of wanted) {
    const scene = byScene.get(w.sceneId);
    if (scene) views.set(sceneKey(w), asSeenBy(scene, ownBy.get(sceneKey(w))));
  }
  return views;
}

/** One scene as one village sees it; null if there is no such scene. */
export async function villageScene(m: EntityManager, villageId: number, sceneId: number): Promise<VillageSceneView | null> {
  return (await villageSceneViews(m, [{ villageId, sceneId }])).get(sceneKey({ villageId, sceneId })) ?? null;
}

export const sceneKey = (k: { villageId: number; sceneId: number }) => `${k.villageId}:${k.sceneId}`;

/** The whole catalogue as a village sees it, in the catalogue's order. */
export async function villageCatalogue(m: EntityManager, villageId: number): Promise<VillageSceneView[]> {
  const [scenes, own] = await Promise.all([m.find(Scene, { order: { sortOrder: 'ASC' } }), m.findBy(VillageScene, { villageId })]);
  const ownBy = new Map(own.map((o) => [o.sceneId, o]));
  return scenes.map((scene) => asSeenBy(scene, ownBy.get(scene.id)));
}

/**
 * Records a village's choices for a scene: only what differs from the county's is kept, and a
 * village that chose all the county's has no row of its own again.
 */
export async function chooseForVillage(
  m: EntityManager,
  scene: Scene,
  villageId: number,
  choices: SceneChoices,
  by: { accountId: number; at: Date },
): Promise<VillageSceneView> {
  const differences = Object.fromEntries(CHOICES.map((key) => [key, choices[key] === scene[key] ? null : choices[key]])) as {
    [K in keyof SceneChoices]: SceneChoices[K] | null;
  };
  if (CHOICES.every((key) => differences[key] === null)) {
    await m.delete(VillageScene, { villageId, sceneId: scene.id });
    return asSeenBy(scene, null);
  }
  const own = { villageId, sceneId: scene.id, ...differences, updatedBy: by.accountId, updatedAt: by.at };
  // Two cadres saving at once: the later write wins, as it would one after the other.
  await m.upsert(VillageScene, own, ['villageId', 'sceneId']);
  return asSeenBy(scene, m.create(VillageScene, own));
}
