import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type Accessibility,
  CONTENT_LIMITS as L,
  type GeoPoint,
  type AuthoredScienceCard,
  type ScienceQuestion,
  type VenueBooking,
  type VenueContact,
} from '@xinghuo/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { TextProperty } from '../common/text-property';

/** Nested pieces of the editing requests; limits from CONTENT_LIMITS, named by class-validator. */
export class GeoPointDto implements GeoPoint {
  @ApiProperty({ description: 'GCJ-02 latitude' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  lat: number;

  @ApiProperty({ description: 'GCJ-02 longitude' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  lng: number;
}

export class AccessibilityDto implements Accessibility {
  @ApiProperty({ type: Boolean, nullable: true })
  @ValidateIf((_, v) => v !== null)
  @IsBoolean()
  stepFree: boolean | null;

  @ApiProperty({ type: Boolean, nullable: true })
  @ValidateIf((_, v) => v !== null)
  @IsBoolean()
  elderlySeats: boolean | null;

  @ApiProperty({ type: Boolean, nullable: true })
  @ValidateIf((_, v) => v !== null)
  @IsBoolean()
  accessibleToilet: boolean | null;

  @ApiProperty({ type: Boolean, nullable: true })
  @ValidateIf((_, v) => v !== null)
  @IsBoolean()
  parking: boolean | null;

  @TextProperty(L.accessibilityNotes, { allowEmpty: true })
  notes: string;
}

export class ContactDto implements VenueContact {
  @TextProperty(L.phone, { allowEmpty: true })
  phone: string;

  @TextProperty(L.email, { allowEmpty: true })
  email: string;

  @TextProperty(L.url, { allowEmpty: true })
  website: string;
}

export class BookingDto implements VenueBooking {
  @ApiProperty()
  @IsBoolean()
  required: boolean;

  @TextProperty(L.bookingNotes, { allowEmpty: true })
  notes: string;

  @TextProperty(L.url, { allowEmpty: true })
  url: string;
}

export class QuestionDto implements ScienceQuestion {
  @TextProperty(L.questionPrompt)
  prompt: string;

  @ApiProperty({ type: [String], minItems: L.optionsMin, maxItems: L.optionsMax })
  @IsArray()
  @ArrayMinSize(L.optionsMin)
  @ArrayMaxSize(L.optionsMax)
  @IsString({ each: true })
  @Length(1, L.option, { each: true })
  options: string[];

  @ApiProperty({ description: 'Index of the right option (0-based)' })
  @IsInt()
  answerIndex: number;

  @TextProperty(L.explanation, { allowEmpty: true })
  explanation: string;
}

export class ScienceCardDto implements AuthoredScienceCard {
  @TextProperty(L.cardTitle)
  title: string;

  @TextProperty(L.cardBody)
  body: string;

  @ApiPropertyOptional({ type: QuestionDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuestionDto)
  question?: QuestionDto;
}
