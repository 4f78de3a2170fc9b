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
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

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

  @ApiProperty({ maxLength: L.accessibilityNotes })
  @IsString()
  @MaxLength(L.accessibilityNotes)
  notes: string;
}

export class ContactDto implements VenueContact {
  @ApiProperty({ maxLength: L.phone })
  @IsString()
  @MaxLength(L.phone)
  phone: string;

  @ApiProperty({ maxLength: L.email })
  @IsString()
  @MaxLength(L.email)
  email: string;

  @ApiProperty({ maxLength: L.url })
  @IsString()
  @MaxLength(L.url)
  website: string;
}

export class BookingDto implements VenueBooking {
  @ApiProperty()
  @IsBoolean()
  required: boolean;

  @ApiProperty({ maxLength: L.bookingNotes })
  @IsString()
  @MaxLength(L.bookingNotes)
  notes: string;

  @ApiProperty({ maxLength: L.url })
  @IsString()
  @MaxLength(L.url)
  url: string;
}

export class QuestionDto implements ScienceQuestion {
  @ApiProperty({ maxLength: L.questionPrompt })
  @IsString()
  @Length(1, L.questionPrompt)
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

  @ApiProperty({ maxLength: L.explanation })
  @IsString()
  @MaxLength(L.explanation)
  explanation: string;
}

export class ScienceCardDto implements AuthoredScienceCard {
  @ApiProperty({ maxLength: L.cardTitle })
  @IsString()
  @Length(1, L.cardTitle)
  title: string;

  @ApiProperty({ maxLength: L.cardBody })
  @IsString()
  @Length(1, L.cardBody)
  body: string;

  @ApiPropertyOptional({ type: QuestionDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuestionDto)
  question?: QuestionDto;
}
