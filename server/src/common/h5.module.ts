import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { H5Assets } from './h5-assets';

/** The built H5 app, read once: served at `/` and as the page of a printed QR link. */
@Module({
  providers: [
    {
      provide: H5Assets,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new H5Assets(config.h5Dir),
    },
  ],
  exports: [H5Assets],
})
export class H5Module {}
