package org.complaintledger.landlord.context;

import jakarta.validation.constraints.PositiveOrZero;

/**
 * Homes the landlord owns, counted separately for low-cost rental and low-cost home ownership, as the Tenant
 * Satisfaction Measure CH01 divides complaints by each.
 */
public record Homes(@PositiveOrZero(message = "must not be negative: homes owned are a count")
                    int lowCostRental,
                    @PositiveOrZero(message = "must not be negative: homes owned are a count")
                    int lowCostHomeOwnership) {
}
