import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Allow, CurrentPrincipal } from '../auth/auth.decorators';
import type { Principal } from '../auth/token.service';
import { asDownload } from '../common/download';
import { ApiErrors } from '../common/openapi';
import type { ActivityReportData } from '../documents';
import { StatsQueryDto } from '../stats/stats.dto';
import { ReportDataService } from './report-data.service';

/**
 * The renderers (pdfkit, docx, charts, the CJK font) are loaded on the first report, not at boot:
 * a process that never draws one keeps some 50 MB less resident.
 */
const FORMATS = {
  pdf: {
    type: 'application/pdf',
    render: async (data: ActivityReportData) =>
      (await import('../documents/activity-report.pdf.js')).renderActivityReportPdf(data),
  },
  docx: {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    render: async (data: ActivityReportData) =>
      (await import('../documents/activity-report.docx.js')).renderActivityReportDocx(data),
  },
};

/** The 活动总结 for the caller's scope and a period, with the dashboard's numbers. */
@ApiTags('reports')
@Controller('reports')
@Allow('organizer', 'staff')
export class ReportsController {
  constructor(private readonly reports: ReportDataService) {}

  @Get('activity.pdf')
  @ApiOperation({ summary: 'The activity report (活动总结) as PDF' })
  @ApiProduces('application/pdf')
  @ApiResponse({ status: 200, description: 'The PDF, as an attachment' })
  @ApiErrors('VALIDATION_FAILED')
  pdf(
    @CurrentPrincipal() principal: Principal,
    @Query() query: StatsQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    return this.send(reply, principal, query, 'pdf');
  }

  @Get('activity.docx')
  @ApiOperation({ summary: 'The activity report (活动总结) as Word' })
  @ApiProduces(FORMATS.docx.type)
  @ApiResponse({ status: 200, description: 'The DOCX, as an attachment' })
  @ApiErrors('VALIDATION_FAILED')
  docx(
    @CurrentPrincipal() principal: Principal,
    @Query() query: StatsQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    return this.send(reply, principal, query, 'docx');
  }

  private async send(
    reply: FastifyReply,
    principal: Principal,
    query: StatsQueryDto,
    format: keyof typeof FORMATS,
  ): Promise<void> {
    const data = await this.reports.activityReport(principal, query);
    const { from, to } = data.period;
    await asDownload(
      reply,
      `${data.region.name}活动总结_${from}_${to}.${format}`,
      `activity-report_${from}_${to}.${format}`,
      FORMATS[format].type,
    ).send(await FORMATS[format].render(data));
  }
}
