import { Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { LessThan, MoreThan, type EntityManager, type EntityTarget, type FindOptionsWhere } from 'typeorm';
import { badInput } from './errors';

/** Cursor paging: `first` items after the opaque `after` cursor of a previous page. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: '每页条数（1–50）' })
  @Min(1, { message: '每页至少 1 条' })
  @Max(50, { message: '每页最多 50 条' })
  first!: number;

  @Field(() => String, { nullable: true, description: '上一页返回的 nextCursor' })
  @MaxLength(200, { message: '分页游标无效' })
  after?: string | null;
}

/** A page of items and the cursor of the next page, null at the end. */
export function PageOf<T extends object>(item: ClassType<T>, name: string) {
  @ObjectType(`${name}Page`)
  class Page {
    @Field(() => [item])
    items!: T[];

    @Field(() => String, { nullable: true, description: '下一页的游标；没有更多时为空' })
    nextCursor!: string | null;
  }
  return Page;
}

export interface Paged<T> {
  items: T[];
  nextCursor: string | null;
}

/** The largest id a row can have: ids are 32-bit integer columns. */
const LARGEST_ID = 2 ** 31 - 1;

/** Cursors are the last row's id, wrapped so that clients treat them as opaque. */
export function decodeCursor(after: string | null | undefined): number | null {
  if (!after) return null;
  const id = /^c:(\d{1,10})$/.exec(Buffer.from(after, 'base64url').toString('utf8'));
  // A forged cursor past any id would reach the database as a number it cannot compare.
  if (!id || Number(id[1]) > LARGEST_ID) throw badInput('分页游标无效', 'after');
  return Number(id[1]);
}

/** Turns `first + 1` fetched rows into a page: the extra row only says there is more. */
export function toPage<T extends { id: number }>(rows: T[], first: number): Paged<T> {
  const items = rows.slice(0, first);
  const more = rows.length > first;
  return { items, nextCursor: more ? Buffer.from(`c:${items[items.length - 1].id}`).toString('base64url') : null };
}

/**
 * One page of rows matching `where`, by id: newest first (DESC) for histories, oldest first (ASC)
 * for queues worked through in order.
 */
export async function findPage<T extends { id: number }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  where: FindOptionsWhere<T>,
  first: number,
  after: string | null | undefined,
  order: 'ASC' | 'DESC' = 'DESC',
): Promise<Paged<T>> {
  const cursor = decodeCursor(after);
  const beyond = cursor === null ? {} : { id: order === 'DESC' ? LessThan(cursor) : MoreThan(cursor) };
  const rows = await manager.find(entity, {
    where: { ...where, ...beyond } as FindOptionsWhere<T>,
    order: { id: order } as never,
    take: first + 1,
  });
  return toPage(rows, first);
}
