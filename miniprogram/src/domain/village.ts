interface VillagePlace {
  name: string;
  town: string;
}

/** "大石盖村 · 戴村镇": how villagers name where they live. */
export function villageLine(village: VillagePlace): string {
  return `${village.name} · ${village.town}`;
}
