/** A service's class, by which it is found: `ctx.service(TraceService)`. */
export type ServiceToken<T> = abstract new (...args: never[]) => T;

/**
 * The modules' long-lived services of one app, found by their class. A module reaches only its
 * own: another module's service class is not importable (the lint rule), so what crosses modules
 * goes through loaders and events.
 */
export class ServiceRegistry {
  private readonly byClass = new Map<ServiceToken<unknown>, unknown>();

  add(instance: object): void {
    const token = instance.constructor as ServiceToken<unknown>;
    if (this.byClass.has(token)) throw new Error(`${token.name} is registered twice`);
    this.byClass.set(token, instance);
  }

  get<T>(token: ServiceToken<T>): T {
    const found = this.byClass.get(token);
    if (!found) throw new Error(`${token.name} is not a service of any module in modules/index.ts`);
    return found as T;
  }
}
