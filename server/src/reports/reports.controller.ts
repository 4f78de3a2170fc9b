import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Allow, CurrentPrincipal } from '../auth/auth.decorators';
import type { Principal } from '../auth/token.service';
import { asDownload } from '../common/download';
import { ApiErrors } from '../common/openapi';
import { renderActivityReportDocx, renderActivityReportPdf } from '../documents';
import { StatsQueryDto } from '../stats/stats.dto';
import { ReportDataService } from './report-data.service';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

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
  async pdf(
    @CurrentPrincipal() principal: Principal,
    @Query() query: StatsQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const data = await this.reports.activityReport(principal, query);
    const name = `${data.region.name}活动总结_${data.period.from}_${data.period.to}`;
    await asDownload(
      reply,
      `${name}.pdf`,
      `activity-report_${data.period.from}_${data.period.to}.pdf`,
      'application/pdf',
    ).send(await renderActivityReportPdf(data));
  }

  @Get('activity.docx')
  @ApiOperation({ summary: 'The activity report (活动总结) as Word' })
  @ApiProduces(DOCX)
  @ApiResponse({ status: 200, description: 'The DOCX, as an attachment' })
  @ApiErrors('VALIDATION_FAILED')
  async docx(
    @CurrentPrincipal() principal: Principal,
    @Query() query: StatsQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const data = await this.reports.activityReport(principal, query);
    const name = `${data.region.name}活动总结_${data.period.from}_${data.period.to}`;
    await asDownload(
      reply,
      `${name}.docx`,
      `activity-report_${data.period.from}_${data.period.to}.docx`,
      DOCX,
    ).send(await renderActivityReportDocx(data));
  }
}
