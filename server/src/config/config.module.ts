import { type DynamicModule, Module } from '@nestjs/common';
import { CLOCK, type Clock, systemClock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from './config';

/**
 * The process's environment: the validated configuration and the clock. Global, as TypeORM's
 * connection is, because every feature reads them and none owns them; everything a feature
 * provides is imported explicitly by the modules that use it.
 */
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig, clock: Clock = systemClock): DynamicModule {
    return {
      module: ConfigModule,
      global: true,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: CLOCK, useValue: clock },
      ],
      exports: [APP_CONFIG, CLOCK],
    };
  }
}
