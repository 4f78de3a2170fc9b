export * from './identity';
export * from './catalog';
export * from './check-in';
export * from './passport';
export * from './staff';
export * from './health';
export * from './stats';
export * from './learning';
