import { PassThrough } from 'node:stream';
import { Controller, Get, Logger, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Allow, CurrentPrincipal } from '../auth/auth.decorators';
import type { Principal } from '../auth/token.service';
import { asDownload } from '../common/download';
import { ApiErrors } from '../common/openapi';
import { csvStream } from '../documents/csv';
import { StatsQueryDto } from '../stats/stats.dto';
import { type ExportFile, type ExportTable, ExportsService } from './exports.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV = 'text/csv; charset=utf-8';

/** Raw check-ins (no personal data) and the dashboard's figures, as CSV for Excel and as XLSX. */
@ApiTags('exports')
@Controller('exports')
@Allow('organizer', 'staff')
export class ExportsController {
  private readonly logger = new Logger('Exports');

  constructor(private readonly exports: ExportsService) {}

  @Get('check-ins.csv')
  @ApiOperation({
    summary: 'Accepted check-ins of the scope, visitors pseudonymised anew each time',
  })
  @ApiProduces(CSV)
  @ApiResponse({ status: 200, description: 'CSV with BOM, streamed' })
  @ApiErrors('VALIDATION_FAILED', 'RATE_LIMITED')
  async checkInsCsv(
    @CurrentPrincipal() p: Principal,
    @Query() q: StatsQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.file(reply, await this.exports.checkIns(p, q, 'csv'), 'csv');
  }

  @Get('check-ins.xlsx')
  @ApiOperation({ summary: 'Accepted check-ins of the scope as an Excel workbook' })
  @ApiProduces(XLSX)
  @ApiResponse({ status: 200, description: 'XLSX, streamed' })
  @ApiErrors('VALIDATION_FAILED', 'RATE_LIMITED')
  async checkInsXlsx(
    @CurrentPrincipal() p: Principal,
    @Query() q: StatsQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.file(reply, await this.exports.checkIns(p, q, 'xlsx'), 'xlsx');
  }

  @Get('figures.csv')
  @ApiOperation({ summary: "The dashboard's figures for the scope and period as CSV" })
  @ApiProduces(CSV)
  @ApiResponse({ status: 200, description: 'CSV with BOM' })
  @ApiErrors('VALIDATION_FAILED')
  async figuresCsv(
    @CurrentPrincipal() p: Principal,
    @Query() q: StatsQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.csv(reply, await this.exports.figures(p, q));
  }

  @Get('figures.xlsx')
  @ApiOperation({
    summary: "The dashboard's figures for the scope and period as an Excel workbook",
  })
  @ApiProduces(XLSX)
  @ApiResponse({ status: 200, description: 'XLSX' })
  @ApiErrors('VALIDATION_FAILED')
  async figuresXlsx(
    @CurrentPrincipal() p: Principal,
    @Query() q: StatsQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.xlsx(reply, await this.exports.figures(p, q), '数据汇总');
  }

  private async file(reply: FastifyReply, file: ExportFile, format: 'csv' | 'xlsx'): Promise<void> {
    await asDownload(
      reply,
      `${file.title}.${format}`,
      `${file.fallback}.${format}`,
      format === 'csv' ? CSV : XLSX,
    ).send(file.body);
  }

  private async csv(reply: FastifyReply, table: ExportTable): Promise<void> {
    await asDownload(reply, `${table.title}.csv`, `${table.fallback}.csv`, CSV).send(
      csvStream(table.header, table.rows),
    );
  }

  private async xlsx(reply: FastifyReply, table: ExportTable, sheet: string): Promise<void> {
    const out = new PassThrough();
    // exceljs is loaded on the first workbook, not at boot.
    const { writeXlsx } = await import('../documents/xlsx.js');
    writeXlsx(sheet, table.header, table.rows, out).catch((error: Error) => {
      this.logger.warn(`xlsx export stopped: ${error.message}`);
      out.destroy(error);
    });
    await asDownload(reply, `${table.title}.xlsx`, `${table.fallback}.xlsx`, XLSX).send(out);
  }
}
